import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { resolveAnchor, type CommentAnchor } from '../../../shared/comments/anchors.ts';

/** An open thread as the paper needs it: where its text is. */
export interface HighlightedThread {
  id: string;
  anchor: CommentAnchor;
}

/** What the panel sends with `setMeta(commentHighlightsKey, …)`. */
export interface CommentHighlightsMeta {
  threads: readonly HighlightedThread[];
  activeId: string | null;
  /** The text of the comment being written, marked while the composer is open. */
  draft: CommentAnchor | null;
}

interface CommentHighlightsState extends CommentHighlightsMeta {
  decorations: DecorationSet;
}

/** The draft's place among the decorations; not a thread, so a click on it picks nothing. */
const draftId = '';

interface CommentHighlightsOptions {
  /** The guide's Y.Doc, which the anchors' relative positions point into. */
  document: Y.Doc;
  /** A click on highlighted text makes its thread the active one. */
  onActivate: (threadId: string) => void;
}

export const commentHighlightsKey = new PluginKey<CommentHighlightsState>('commentHighlights');

/** What `resolveAnchor` reads of a ProseMirror view of the Y.Doc: its document and mapping. */
type AnchorView = NonNullable<Parameters<typeof resolveAnchor>[2]>;

/** The sync binding's Y ↔ ProseMirror mapping, once the binding exists. */
export function bindingMapping(state: EditorState): AnchorView['mapping'] | null {
  const syncState = ySyncPluginKey.getState(state) as { binding?: { mapping?: AnchorView['mapping'] } | null } | undefined;
  return syncState?.binding?.mapping ?? null;
}

function highlightClass(threadId: string, activeId: string | null): string {
  if (threadId === draftId) return 'comment-highlight is-draft';
  return threadId === activeId ? 'comment-highlight is-active' : 'comment-highlight';
}

function placeThreads(document: Y.Doc, state: EditorState, meta: CommentHighlightsMeta): DecorationSet {
  const mapping = bindingMapping(state);
  const placed = meta.draft ? [...meta.threads, { id: draftId, anchor: meta.draft }] : meta.threads;
  if (!mapping || placed.length === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  for (const thread of placed) {
    const place = resolveAnchor(document, thread.anchor, { doc: state.doc, mapping } as AnchorView);
    if (!place) continue;
    const attributes: Record<string, string> = { class: highlightClass(thread.id, meta.activeId) };
    if (thread.id !== draftId) attributes['data-comment-id'] = thread.id;
    decorations.push(Decoration.inline(place.from, place.to, attributes, { commentId: thread.id }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/** A change that came from the Y.Doc (another teacher, undo): the binding rebuilt its mapping first. */
function isFromYDoc(transaction: Transaction): boolean {
  const meta = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return meta?.isChangeOrigin === true;
}

/**
 * Highlights the text of open comment threads (批注) in the paper. The places come from the
 * threads' Yjs anchors, so they stay on their text while others type: a change that arrives
 * through the Y.Doc is placed again from the anchors (the sync binding has rebuilt its mapping
 * before it dispatches), while this teacher's own typing only moves the highlights along
 * (the Y.Doc catches up after the transaction, so the anchors cannot be read yet).
 */
export function commentHighlightsPlugin({ document, onActivate }: CommentHighlightsOptions): Plugin<CommentHighlightsState> {
  return new Plugin<CommentHighlightsState>({
    key: commentHighlightsKey,
    state: {
      init: () => ({ threads: [], activeId: null, draft: null, decorations: DecorationSet.empty }),
      apply(transaction, value, _oldState, newState) {
        const meta = transaction.getMeta(commentHighlightsKey) as CommentHighlightsMeta | undefined;
        if (meta) return { ...meta, decorations: placeThreads(document, newState, meta) };
        if (!transaction.docChanged) return value;
        if (isFromYDoc(transaction)) return { ...value, decorations: placeThreads(document, newState, value) };
        return { ...value, decorations: value.decorations.map(transaction.mapping, transaction.doc) };
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty,
      handleClick(view, pos) {
        const highlights = commentHighlightsKey.getState(view.state)?.decorations;
        const threadId = highlights
          ?.find(pos, pos)
          .map((decoration) => (decoration.spec as { commentId?: string }).commentId)
          .find((id) => id !== undefined && id !== draftId);
        if (!threadId) return false;
        // The thread's highlight is about to be redrawn as active. Put the caret where the
        // click was first: on a first click into the editor ProseMirror has not read the
        // browser's caret yet, and the redraw would put back its old selection instead.
        view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))));
        onActivate(threadId);
        return false;
      },
    },
  });
}
