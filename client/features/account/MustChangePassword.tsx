import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../auth/useMe.ts';

/** A teacher still on an initial password (set by the 教务处) changes it before anything else. */
export function MustChangePassword({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.data?.mustChangePassword && location.pathname !== '/account/password') {
    return <Navigate to="/account/password" replace state={{ from: location.pathname }} />;
  }
  return <>{children}</>;
}
