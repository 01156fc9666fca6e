import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchGuides } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { GuideTable } from './GuideTable.tsx';
import { NewGuideDialog } from './NewGuideDialog.tsx';

/** 我的导学案: the guides of the teacher's groups, newest first, and the way to start a new one. */
export function GuideListPage() {
  const { t } = useTranslation();
  const guides = useQuery({ queryKey: queryKeys.guides, queryFn: fetchGuides });
  const [creating, setCreating] = useState(false);

  return (
    <main className="page guide-list-page">
      <div className="page-heading">
        <div>
          <h1>{t('guides.title')}</h1>
          <p className="muted">
            {t('guides.subtitle')}
            {guides.data && ` · ${t('guides.count', { count: guides.data.length })}`}
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          + {t('guides.new')}
        </button>
      </div>
      {guides.isPending && <p className="page-status">{t('common.loading')}</p>}
      {guides.isError && (
        <ErrorMessage title={t('guides.loadFailed')} error={guides.error} onRetry={() => void guides.refetch()} />
      )}
      {guides.isSuccess && guides.data.length === 0 && <p className="empty-state">{t('guides.empty')}</p>}
      {guides.isSuccess && guides.data.length > 0 && <GuideTable guides={guides.data} />}
      <NewGuideDialog open={creating} onClose={() => setCreating(false)} />
    </main>
  );
}
