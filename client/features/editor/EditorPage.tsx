import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { EditorAccessContext } from '../../editor/EditorAccessContext.ts';
import { useCollabSession } from '../../editor/collab/useCollabSession.ts';
import { MeetingBar } from '../meeting/MeetingBar.tsx';
import { EditionActions } from '../print/EditionActions.tsx';
import { GuideSidePanel } from '../versions/GuideSidePanel.tsx';
import { AccessChangeBanner } from '../workflow/AccessChangeBanner.tsx';
import { explainGuideAccess } from '../workflow/accessExplanation.ts';
import { WorkflowBar } from '../workflow/WorkflowBar.tsx';
import { GuideHeader } from './GuideHeader.tsx';
import { LiveDocument } from './LiveDocument.tsx';
import { paperFactsOfGuide } from './paperFacts.ts';
import { PaperHeading } from './PaperHeading.tsx';
import { useAccessChangeRefresh } from './useAccessChangeRefresh.ts';
import { useCollabUser } from './useCollabUser.ts';

/**
 * /guides/:guideId: the guide's facts and workflow from the API, its content live from the
 * collaboration server. What the teacher may do follows the live connection (the server
 * re-announces it when the stage changes), falling back to the API's answer until then.
 */
export function EditorPage() {
  const { t } = useTranslation();
  const { guideId = '' } = useParams();
  const user = useCollabUser();
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId) });
  const { session, state } = useCollabSession(guide.data?.docName ?? null);
  const change = useAccessChangeRefresh(state.accessChange, [queryKeys.guide(guideId), queryKeys.guides]);

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

  const access = state.access ?? guide.data.access;
  const readOnly = access !== 'edit';
  const explanation = explainGuideAccess(guide.data.stage, access);

  return (
    <EditorAccessContext.Provider value={{ readOnly }}>
      <main className="editor-page" data-access={access}>
        <GuideHeader guide={guide.data} />
        <EditionActions target={{ kind: 'guide', id: guide.data.id }} />
        <WorkflowBar
          guide={guide.data}
          explanation={explanation}
          userName={user.name}
          onStepTaken={(next) => change.noteOwnStep(next.stage)}
        />
        {change.shown && <AccessChangeBanner change={change.shown} onDismiss={change.dismiss} />}
        <MeetingBar guide={guide.data} provider={session.provider} />
        <LiveDocument
          key={guide.data.docName}
          session={session}
          collab={state}
          user={user}
          title={guide.data.title}
          periodMinutes={guide.data.periodMinutes}
          readOnly={readOnly}
          readOnlyNote={t('editor.access.readOnlyNote')}
          paperHeading={<PaperHeading paper={paperFactsOfGuide(guide.data)} />}
          aside={<GuideSidePanel guide={guide.data} />}
        />
      </main>
    </EditorAccessContext.Provider>
  );
}
