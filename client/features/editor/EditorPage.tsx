import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { EditorAccessContext } from '../../editor/EditorAccessContext.ts';
import { useCollabSession } from '../../editor/collab/useCollabSession.ts';
import { CheckCount } from '../check/CheckCount.tsx';
import { CheckPanel } from '../check/CheckPanel.tsx';
import { checkFactsOf } from '../check/checkFacts.ts';
import { useCheckSettings } from '../check/useCheckSettings.ts';
import { useLiveCheck } from '../check/useLiveCheck.ts';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import { MeetingBar } from '../meeting/MeetingBar.tsx';
import { EditionActions } from '../print/EditionActions.tsx';
import { guideDocName } from '../../../shared/schemas/documentName.ts';
import { writesDocument } from '../../../shared/workflow/access.ts';
import { setSuggestionAuthorNames } from '../../editor/suggestionTooltips.ts';
import { setQuestionTiers } from '../../editor/views/questionTiers.ts';
import { RefusedChangeBanner } from '../suggestions/RefusedChangeBanner.tsx';
import { SuggestionModeBadge, SuggestionModeSwitch } from '../suggestions/SuggestionModeSwitch.tsx';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel.tsx';
import { useMemberNames } from '../suggestions/useMemberNames.ts';
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
  const [editor, setEditor] = useState<Editor | null>(null);
  const [suggestingChosen, setSuggestingChosen] = useState(false);
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId) });
  // The document opens at once, alongside the guide's facts: its name follows from the id
  // (the API's docName is the same name), so the socket and the first sync do not wait for
  // the API's answer.
  const { session, state, refused, dismissRefused } = useCollabSession(guideId ? guideDocName(guideId) : null);
  const change = useAccessChangeRefresh(state.accessChange, [queryKeys.guide(guideId), queryKeys.guides]);
  const names = useMemberNames(guide.data?.groupId ?? null);
  const checkSettings = useCheckSettings(guide.data?.groupId ?? null);
  const findings = useLiveCheck(editor, guide.data ? checkFactsOf(guide.data, guide.data.stage) : null, checkSettings);
  setSuggestionAuthorNames(names);
  setQuestionTiers(checkSettings.tiering.marks);

  const access = state.access ?? guide.data?.access ?? 'read';
  // Members suggest during the review; the leader and the lead drafter may choose to.
  const mayChooseSuggesting = access === 'edit' && (guide.data?.stage === 'review' || guide.data?.stage === 'revising');
  const suggesting = access === 'suggest' || (mayChooseSuggesting && suggestingChosen);
  const readOnly = !writesDocument(access);
  // One value while access stays: a new object on every render (presence, the live check) would
  // re-render every block and question view of the guide.
  const accessContext = useMemo(() => ({ readOnly }), [readOnly]);
  useEffect(() => {
    if (editor && !editor.isDestroyed && user) editor.commands.setSuggestionMode(suggesting, user.id);
  }, [editor, suggesting, user?.id]);

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

  const explanation = explainGuideAccess(guide.data.stage, access);

  return (
    // In 建议模式 the block and question controls stay open: their changes become suggestions.
    <EditorAccessContext.Provider value={accessContext}>
      <main className="editor-page" data-access={access}>
        <GuideHeader guide={guide.data} checkCount={<CheckCount findings={findings} />} editable />
        <EditionActions target={{ kind: 'guide', id: guide.data.id }} />
        <WorkflowBar
          guide={guide.data}
          explanation={explanation}
          userName={user.name}
          onStepTaken={(next) => change.noteOwnStep(next.stage)}
          modeSwitch={
            mayChooseSuggesting ? (
              <SuggestionModeSwitch suggesting={suggesting} onChange={setSuggestingChosen} />
            ) : null
          }
        />
        {change.shown && <AccessChangeBanner change={change.shown} onDismiss={change.dismiss} />}
        {refused && <RefusedChangeBanner refused={refused} onDismiss={dismissRefused} />}
        <MeetingBar guide={guide.data} provider={session.provider} />
        <LiveDocument
          key={guide.data.docName}
          session={session}
          collab={state}
          user={user}
          title={guide.data.title}
          periodMinutes={guide.data.periodMinutes}
          readOnly={readOnly}
          suggesting={suggesting}
          modeBadge={access === 'suggest' ? <SuggestionModeBadge /> : null}
          readOnlyNote={t('editor.access.readOnlyNote')}
          paperHeading={<PaperHeading paper={paperFactsOfGuide(guide.data)} />}
          onEditor={setEditor}
          aside={
            <GuideSidePanel guide={guide.data}>
              <CheckPanel
                findings={findings}
                editor={editor}
                settings={guide.data.myRoles.includes('leader') ? { groupId: guide.data.groupId, value: checkSettings } : undefined}
              />
              <CommentsPanel guide={guide.data} editor={editor} session={session} />
              <SuggestionsPanel guide={guide.data} editor={editor} session={session} />
            </GuideSidePanel>
          }
        />
      </main>
    </EditorAccessContext.Provider>
  );
}
