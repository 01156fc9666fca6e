import { useEffect } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { EditorAccessContext } from '../../editor/EditorAccessContext.ts';
import type { CollabSession, CollabState } from '../../editor/collab/collabSession.ts';
import type { CollabUser } from '../../editor/collab/collabUser.ts';
import { deniedMessageKey } from '../../editor/collab/deniedMessageKey.ts';
import { clientExtensions } from '../../editor/extensions.ts';
import { AddBlockMenu } from './AddBlockMenu.tsx';
import { EditorStatus } from './EditorStatus.tsx';
import { FormatToolbar } from './FormatToolbar.tsx';
import { GuideHeader } from './GuideHeader.tsx';
import { PaperHeading } from './PaperHeading.tsx';

interface GuideEditorProps {
  guide: Guide;
  session: CollabSession;
  collab: CollabState;
  user: CollabUser;
}

/**
 * The editor page's body. Tiptap is mounted only once the document has content (from the
 * server or from this computer's IndexedDB copy): bound to an empty Y.Doc, ProseMirror would
 * invent a default block and write it into the shared document.
 */
export function GuideEditor({ guide, session, collab, user }: GuideEditorProps) {
  const { t } = useTranslation();
  const ready = collab.synced || collab.localContentLoaded;
  const readOnly = collab.access === 'read';

  return (
    <EditorAccessContext.Provider value={{ readOnly }}>
      <main className="editor-page">
        <GuideHeader guide={guide} />
        {ready ? (
          <LiveEditor guide={guide} session={session} collab={collab} user={user} readOnly={readOnly} />
        ) : (
          <>
            <div className="editor-bar">
              <span className="toolbar-spacer" />
              <EditorStatus editor={null} periodMinutes={guide.periodMinutes} collab={collab} provider={session.provider} />
            </div>
            {collab.deniedReason ? (
              <p className="error-message" role="alert">
                {t(deniedMessageKey(collab.deniedReason) ?? 'editor.access.denied', { reason: collab.deniedReason })}
              </p>
            ) : (
              <p className="page-status">{t('editor.waitingForSync')}</p>
            )}
          </>
        )}
      </main>
    </EditorAccessContext.Provider>
  );
}

function LiveEditor({ guide, session, collab, user, readOnly }: GuideEditorProps & { readOnly: boolean }) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: clientExtensions({ document: session.document, provider: session.provider, user }),
      editable: !readOnly,
      editorProps: { attributes: { class: 'guide-content', spellcheck: 'false', lang: 'zh-CN' } },
    },
    [session],
  );

  useEffect(() => {
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  return (
    <>
      <div className="editor-bar">
        {editor && !readOnly && <FormatToolbar editor={editor} />}
        {readOnly && (
          <span className="read-only-badge" role="status" title={collab.accessReason ?? undefined}>
            {t('editor.access.readOnly')} · {t('editor.access.readOnlyNote')}
          </span>
        )}
        <span className="toolbar-spacer" />
        <EditorStatus editor={editor} periodMinutes={guide.periodMinutes} collab={collab} provider={session.provider} />
        {editor && !readOnly && <AddBlockMenu editor={editor} />}
      </div>
      <div className="paper-desk">
        <article className="paper" aria-label={guide.title}>
          <PaperHeading guide={guide} />
          <EditorContent editor={editor} />
        </article>
      </div>
    </>
  );
}
