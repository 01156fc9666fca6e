import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { nodeSuggestionOf } from '../suggestions/nodeSuggestions.ts';
import { contentFragmentName, guideSchema } from '../editor/schema.ts';
import { anchorForRange, resolveAnchor, type CommentAnchor } from './anchors.ts';

/** A comment thread's anchor, by the thread's id. */
export interface AnchoredComment {
  id: string;
  anchor: CommentAnchor;
}

/** Where a comment sits inside a node that an accepted move takes away, and where that node goes. */
export interface MovedCommentPlace {
  commentId: string;
  /** The `id` attribute of the moved node's copy at its new place. */
  targetNodeId: string;
  /** The commented range counted from the start of the moved node. */
  offsetFrom: number;
  offsetTo: number;
  text: string;
}

/** A comment's new anchor at the moved node's new place, and the block it is in now. */
export interface MovedCommentAnchor {
  commentId: string;
  anchor: CommentAnchor;
  blockId: string | null;
}

/**
 * Before accepting moves (a move is a `delete` of the node at its old place and an `insert` of
 * a copy with fresh ids at the new one, under one suggestion id): the comments whose text lies
 * in a node that will be removed, with their place inside it and the copy they must follow.
 * The copy is found by the move's suggestion id, and followed by its own `id` attribute.
 */
export function commentsInMovedNodes(
  doc: Y.Doc,
  current: ProseMirrorNode,
  comments: readonly AnchoredComment[],
  acceptedMoveIds: ReadonlySet<string>,
): MovedCommentPlace[] {
  if (comments.length === 0 || acceptedMoveIds.size === 0) return [];
  const leaving: { pos: number; node: ProseMirrorNode; moveId: string }[] = [];
  const copies = new Map<string, string>();
  current.descendants((node, pos) => {
    const suggestion = nodeSuggestionOf(node);
    if (!suggestion || !acceptedMoveIds.has(suggestion.id)) return true;
    if (suggestion.kind === 'delete') leaving.push({ pos, node, moveId: suggestion.id });
    if (suggestion.kind === 'insert' && typeof node.attrs.id === 'string' && node.attrs.id) copies.set(suggestion.id, node.attrs.id);
    return true;
  });
  if (leaving.length === 0) return [];
  const view = initProseMirrorDoc(doc.getXmlFragment(contentFragmentName), guideSchema());
  const places: MovedCommentPlace[] = [];
  for (const comment of comments) {
    const resolved = resolveAnchor(doc, comment.anchor, view);
    if (!resolved) continue;
    // The innermost moved node holding the whole range (a question moved inside a moved block follows its own copy).
    const holder = leaving
      .filter(({ pos, node }) => resolved.from > pos && resolved.to < pos + node.nodeSize)
      .sort((a, b) => a.node.nodeSize - b.node.nodeSize)[0];
    const targetNodeId = holder && copies.get(holder.moveId);
    if (!holder || !targetNodeId) continue;
    places.push({
      commentId: comment.id,
      targetNodeId,
      offsetFrom: resolved.from - holder.pos,
      offsetTo: resolved.to - holder.pos,
      text: resolved.text,
    });
  }
  return places;
}

function nodeWithId(doc: ProseMirrorNode, id: string): { pos: number; node: ProseMirrorNode } | null {
  let found: { pos: number; node: ProseMirrorNode } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.id === id) found = { pos, node };
    return !found;
  });
  return found;
}

/**
 * After the moves were accepted: each comment anchored anew on the same text in the moved
 * node's copy. The copy holds what the node held, so the comment's place inside it is the
 * same; if the copy was written in since, the same text is looked for in it. A comment whose
 * text is no longer in the copy keeps its old anchor (it shows as detached, like any comment
 * whose text was deleted).
 */
export function reanchorMovedComments(doc: Y.Doc, places: readonly MovedCommentPlace[]): MovedCommentAnchor[] {
  if (places.length === 0) return [];
  const view = initProseMirrorDoc(doc.getXmlFragment(contentFragmentName), guideSchema());
  const next = view.doc;
  const moved: MovedCommentAnchor[] = [];
  for (const place of places) {
    const target = nodeWithId(next, place.targetNodeId);
    if (!target) continue;
    let from = target.pos + place.offsetFrom;
    let to = target.pos + place.offsetTo;
    const end = target.pos + target.node.nodeSize;
    if (to >= end || next.textBetween(from, to, '\n') !== place.text) {
      const found = findText(next, target.pos, end, place.text);
      if (!found) continue;
      ({ from, to } = found);
    }
    const anchor = anchorForRange(doc, from, to, view.mapping);
    const resolved = resolveAnchor(doc, anchor, view);
    moved.push({ commentId: place.commentId, anchor, blockId: resolved?.blockId ?? null });
  }
  return moved;
}

/** The first occurrence of `text` inside one textblock between `start` and `end`. */
function findText(doc: ProseMirrorNode, start: number, end: number, text: string): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  doc.nodesBetween(start, end, (node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    const index = node.textContent.indexOf(text);
    if (index >= 0) found = { from: pos + 1 + index, to: pos + 1 + index + text.length };
    return false;
  });
  return found;
}
