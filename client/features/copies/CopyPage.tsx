import { useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchCopy } from '../../api/copiesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { EditorAccessContext } from '../../editor/EditorAccessContext.ts';
import { useCollabSession } from '../../editor/collab/useCollabSession.ts';
import { LiveDocument } from '../editor/LiveDocument.tsx';
import { paperFactsOfCopy } from '../editor/paperFacts.ts';
import { PaperHeading } from '../editor/PaperHeading.tsx';
import { useAccessChangeRefresh } from '../editor/useAccessChangeRefresh.ts';
import { useCollabUser } from '../editor/useCollabUser.ts';
import { AccessChangeBanner } from '../workflow/AccessChangeBanner.tsx';
import { AccessState } from '../workflow/AccessState.tsx';
import { explainCopyAccess } from '../workflow/accessExplanation.ts';
import { EditionActions } from '../print/EditionActions.tsx';
import { CopyAdditions } from '../copyLife/copyAdditions.ts';
import { CopyLifeBar } from '../copyLife/CopyLifeBar.tsx';
import { CheckCount } from '../check/CheckCount.tsx';
import { CheckPanel } from '../check/CheckPanel.tsx';
import { checkFactsOf } from '../check/checkFacts.ts';
import { useCheckSettings } from '../check/useCheckSettings.ts';
import { useLiveCheck } from '../check/useLiveCheck.ts';
import { fetchGuide } from '../../api/guidesApi.ts';
import { setQuestionTiers } from '../../editor/views/questionTiers.ts';
import { CopyHeader } from './CopyHeader.tsx';

// The copy's additions against its base final are marked while the teacher edits.
const copyExtensions = [CopyAdditions];

/**
 * /copies/:copyId: a teacher's copy of the final for one class (二次备课), live on the document
 * copy:<id> with the same editor as the guide. Its teacher edits it; the group reads it.
 */
export function CopyPage() {
  const { t } = useTranslation();
  const { copyId = '' } = useParams();
  const user = useCollabUser();
  const copy = useQuery({ queryKey: queryKeys.copy(copyId), queryFn: () => fetchCopy(copyId) });
  const { session, state } = useCollabSession(copy.data?.docName ?? null);
  const change = useAccessChangeRefresh(state.accessChange, [queryKeys.copy(copyId)]);
  const [editor, setEditor] = useState<Editor | null>(null);
  // The copy is checked by its school's settings (found through its guide's group) as the final it was made from.
  const guideId = copy.data?.guideId ?? '';
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId), enabled: guideId !== '' });
  const checkSettings = useCheckSettings(guide.data?.groupId ?? null);
  const findings = useLiveCheck(editor, copy.data ? checkFactsOf(copy.data, 'final') : null, checkSettings);
  setQuestionTiers(checkSettings.tiering.marks);
  const access = state.access ?? copy.data?.access ?? 'read';
  const readOnly = access !== 'edit';
  // One value while access stays: a new object on every render would re-render every node view of the copy.
  const accessContext = useMemo(() => ({ readOnly }), [readOnly]);

  if (copy.isPending) return <p className="page-status">{t('common.loading')}</p>;
  if (copy.isError) {
    return (
      <main className="page">
        <ErrorMessage title={t('copies.loadFailed')} error={copy.error} onRetry={() => void copy.refetch()} />
        <Link to="/">{t('editor.backToList')}</Link>
      </main>
    );
  }
  if (!session || !user) return <p className="page-status">{t('common.loading')}</p>;

  return (
    <EditorAccessContext.Provider value={accessContext}>
      <main className="editor-page copy-page" data-access={access}>
        <CopyHeader copy={copy.data} checkCount={<CheckCount findings={findings} />} />
        <EditionActions target={{ kind: 'copy', id: copy.data.id }} />
        <section className="workflow-bar" aria-label={t('copies.badge')}>
          <AccessState explanation={explainCopyAccess(copy.data, access)} />
        </section>
        {change.shown && <AccessChangeBanner change={change.shown} onDismiss={change.dismiss} />}
        <CopyLifeBar copy={copy.data} editor={editor} readOnly={readOnly} />
        <LiveDocument
          key={copy.data.docName}
          session={session}
          collab={state}
          user={user}
          title={`${copy.data.className} · ${copy.data.guideTitle}`}
          periodMinutes={copy.data.periodMinutes}
          readOnly={readOnly}
          readOnlyNote={t('copies.access.read', { owner: copy.data.owner.name, className: copy.data.className })}
          extraExtensions={copyExtensions}
          onEditor={setEditor}
          aside={
            <aside className="side-panels">
              <CheckPanel findings={findings} editor={editor} />
            </aside>
          }
          paperHeading={
            <PaperHeading paper={paperFactsOfCopy(copy.data, t('copies.kicker', { version: copy.data.baseVersionLabel }))} />
          }
        />
      </main>
    </EditorAccessContext.Provider>
  );
}
