import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isUnauthorized } from '../../api/ApiRequestError.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMe } from './useMe.ts';

/** Shows its children to a logged-in teacher and sends everyone else to the login page. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <p className="page-status">{t('common.loading')}</p>;
  if (me.isError) {
    if (isUnauthorized(me.error)) {
      return <Navigate to="/login" replace state={{ from: location.pathname }} />;
    }
    return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  }
  return <>{children}</>;
}
