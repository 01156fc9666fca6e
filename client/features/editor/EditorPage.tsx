import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { colorForUser } from '../../editor/collab/colorForUser.ts';
import type { CollabUser } from '../../editor/collab/collabUser.ts';
import { useCollabSession } from '../../editor/collab/useCollabSession.ts';
import { useMe } from '../auth/useMe.ts';
import { GuideEditor } from './GuideEditor.tsx';

/** /guides/:guideId: the guide's facts from the API, its content live from the collaboration server. */
export function EditorPage() {
  const { t } = useTranslation();
  const { guideId = '' } = useParams();
  const me = useMe();
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId) });
  const { session, state } = useCollabSession(guide.data?.docName ?? null);

  const user = useMemo<CollabUser | null>(() => {
    if (!me.data) return null;
    const { id, username, name } = me.data.user;
    return { id, username, name, color: colorForUser(username) };
  }, [me.data]);

  if (guide.isPending) return <p className="page-status">{t('common.loading')}</p>;
  if (guide.isError) {
    return (
      <main className="page">
        <ErrorMessage title={t('editor.loadFailed')} error={guide.error} onRetry={() => void guide.refetch()} />
        <Link to="/">{t('editor.backToList')}</Link>
      </main>
    );
  }
  if (!session || !user) return <p className="page-status">{t('common.loading')}</p>;

  return <GuideEditor key={guide.data.docName} guide={guide.data} session={session} collab={state} user={user} />;
}
