import { useEffect, useState, type ReactNode } from 'react';
import type { Editor, Extensions } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/Icons.tsx';
import { SideDrawer } from '../../components/SideDrawer.tsx';
import type { CollabSession, CollabState } from '../../editor/collab/collabSession.ts';
import type { CollabUser } from '../../editor/collab/collabUser.ts';
import { deniedMessageKey } from '../../editor/collab/deniedMessageKey.ts';
import { clientExtensions } from '../../editor/extensions.ts';
import { AddBlockMenu } from './AddBlockMenu.tsx';
import { EditorStatus } from './EditorStatus.tsx';
import { FormatToolbar } from './FormatToolbar.tsx';
import { SuggestToolbar } from '../suggestions/SuggestToolbar.tsx';

interface LiveDocumentProps {
  session: CollabSession;
  collab: CollabState;
  user: CollabUser;
  title: string;
  periodMinutes: number;
  readOnly: boolean;
  /** Changes become suggestions: formatting and block controls are hidden. */
  suggesting?: boolean;
  /** 建议模式 for a teacher who may only suggest, at the start of the editing bar. */
  modeBadge?: ReactNode;
  /** Why the document is read-only, as the badge's tooltip. */
  readOnlyNote: string;
  paperHeading: ReactNode;
  /** The side panel next to the paper (versions, class copies). */
  aside?: ReactNode;
  /** Extensions only this page needs (a class copy marks its additions); a stable array. */
  extraExtensions?: Extensions;
  /** Hands the editor to the page once it exists (and null when it goes). */
  onEditor?: (editor: Editor | null) => void;
}

/**
 * A live document (a guide or a class copy) on the paper, with the editing bar and the side
 * panels. Tiptap is mounted only once the document has content (from the server or from this
 * computer's IndexedDB copy): bound to an empty Y.Doc, ProseMirror would invent a default block
 * and write it into the shared document. Until then the paper says it is waiting; the bar and
 * the side panels are the same elements before and after, so nothing typed or chosen in them
 * in the first instant is lost when the document arrives.
 */
export function LiveDocument({
  session,
  collab,
  user,
  title,
  periodMinutes,
  readOnly,
  suggesting = false,
  modeBadge,
  readOnlyNote,
  paperHeading,
  aside,
  extraExtensions,
  onEditor,
}: LiveDocumentProps) {
  const { t } = useTranslation();
  const [editor, setEditor] = useState<Editor | null>(null);
  const ready = collab.synced || collab.localContentLoaded;

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  // The access can change while the document is open (the leader ends the review): the
  // editor follows at once, without reconnecting or reloading.
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  return (
    <>
      <div className="editor-bar">
        {ready && !readOnly && modeBadge}
        {editor && !readOnly && !suggesting && <FormatToolbar editor={editor} />}
        {editor && !readOnly && suggesting && <SuggestToolbar editor={editor} />}
        {ready && readOnly && (
          <span className="read-only-badge" data-testid="read-only-badge" title={readOnlyNote}>
            <LockIcon /> {t('editor.access.readOnly')}
          </span>
        )}
        <span className="toolbar-spacer" />
        <EditorStatus editor={editor} periodMinutes={periodMinutes} collab={collab} provider={session.provider} />
        {editor && !readOnly && <AddBlockMenu editor={editor} />}
      </div>
      <div className={aside ? 'editor-workspace has-aside' : 'editor-workspace'}>
        <div className="paper-desk">
          {ready ? (
            <LivePaper
              session={session}
              user={user}
              title={title}
              readOnly={readOnly}
              paperHeading={paperHeading}
              extraExtensions={extraExtensions}
              onEditor={setEditor}
            />
          ) : collab.deniedReason ? (
            <p className="error-message" role="alert">
              {t(deniedMessageKey(collab.deniedReason) ?? 'editor.access.denied', { reason: collab.deniedReason })}
            </p>
          ) : (
            <p className="page-status">{t('editor.waitingForSync')}</p>
          )}
        </div>
        {aside && <SideDrawer>{aside}</SideDrawer>}
      </div>
    </>
  );
}

interface LivePaperProps extends Pick<LiveDocumentProps, 'session' | 'user' | 'title' | 'readOnly' | 'paperHeading' | 'extraExtensions'> {
  onEditor: (editor: Editor | null) => void;
}

/** The paper with the Tiptap editor bound to the live document; it hands the editor up to the bar and the panels. */
function LivePaper({ session, user, title, readOnly, paperHeading, extraExtensions, onEditor }: LivePaperProps) {
  const editor = useEditor(
    {
      extensions: [...clientExtensions({ document: session.document, provider: session.provider, user }), ...(extraExtensions ?? [])],
      editable: !readOnly,
      editorProps: { attributes: { class: 'guide-content', spellcheck: 'false', lang: 'zh-CN' } },
    },
    [session],
  );

  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);

  return (
    <article className="paper" aria-label={title}>
      {paperHeading}
      <EditorContent editor={editor} />
    </article>
  );
}
