import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchLabelSynonyms, labelSynonymsKey } from '../../api/labelSynonymsApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMyGroups } from '../auth/useMyGroups.ts';
import { LabelSynonymsEditor } from './LabelSynonymsEditor.tsx';
import './labelSynonyms.css';

/**
 * /groups/:groupId/label-synonyms, 导入标题词典: the headings Word import recognises for each block
 * kind in this group's school. The group leader edits it; members read it.
 */
export function LabelSynonymsPage() {
  const { t } = useTranslation();
  const { groupId = '' } = useParams();
  const { groups } = useMyGroups();
  const group = groups.find((candidate) => candidate.id === groupId);
  const dictionary = useQuery({ queryKey: labelSynonymsKey(groupId), queryFn: () => fetchLabelSynonyms(groupId) });

  return (
    <main className="page label-synonyms-page">
      <Link to={group?.role === 'leader' ? '/import' : `/groups/${groupId}/plan`} className="back-link">
        ← {group?.role === 'leader' ? t('labelSynonyms.backToImport') : t('labelSynonyms.backToPlan')}
      </Link>
      <div className="page-heading">
        <div>
          <h1>{t('labelSynonyms.title')}</h1>
          <p className="muted">{group?.name ?? groupId}</p>
        </div>
      </div>
      <p className="muted label-synonyms-intro">{t('labelSynonyms.intro')}</p>
      {dictionary.isPending && <p className="page-status">{t('common.loading')}</p>}
      {dictionary.isError && (
        <ErrorMessage title={t('labelSynonyms.loadFailed')} error={dictionary.error} onRetry={() => void dictionary.refetch()} />
      )}
      {dictionary.isSuccess && <LabelSynonymsEditor groupId={groupId} view={dictionary.data} />}
    </main>
  );
}
