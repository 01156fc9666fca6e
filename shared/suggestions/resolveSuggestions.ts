import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { canJoin, Transform } from '@tiptap/pm/transform';
import { suggestionOfMark, type SuggestionAttrs, type SuggestionKind } from './suggestionMarks.ts';
import { attributesBefore, nodeSuggestionAttribute, nodeSuggestionOf, type NodeSuggestionKind } from './nodeSuggestions.ts';

/** What to do with one suggestion: take it into the text, drop it, or leave it open. */
export type SuggestionDecision = 'accept' | 'reject' | null;
export type SuggestionDecider = (kind: SuggestionKind | NodeSuggestionKind, attrs: SuggestionAttrs) => SuggestionDecision;

/**
 * Resolves the suggestions the decider picks. Accepting an insertion keeps its text and drops
 * the mark; rejecting it removes the text. Accepting a deletion removes the text (and joins
 * the paragraphs it ran across); rejecting it keeps the text and drops the mark. Suggestions
 * on nodes (see nodeSuggestions.ts) go the same way: an inserted node stays or goes, a deleted
 * one goes or stays, changed attributes stay or get their old values back. Everything else
 * stays as it is.
 */
export function resolveSuggestions(doc: ProseMirrorNode, decide: SuggestionDecider): ProseMirrorNode {
  const transform = new Transform(doc);
  const removals: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    const nodeSuggestion = nodeSuggestionOf(node);
    if (nodeSuggestion) {
      const decision = decide(nodeSuggestion.kind, nodeSuggestion);
      if (decision) {
        const dropsNode =
          (nodeSuggestion.kind === 'insert' && decision === 'reject') ||
          (nodeSuggestion.kind === 'delete' && decision === 'accept');
        if (dropsNode) {
          removals.push({ from: pos, to: pos + node.nodeSize });
          return false;
        }
        const attrs =
          nodeSuggestion.kind === 'attrs' && decision === 'reject'
            ? attributesBefore(node, nodeSuggestion)
            : { ...node.attrs, [nodeSuggestionAttribute]: null };
        // Attribute changes leave positions alone, like mark removal.
        transform.setNodeMarkup(pos, undefined, attrs, node.marks);
      }
    }
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      const suggestion = suggestionOfMark(mark);
      if (!suggestion) continue;
      const decision = decide(suggestion.kind, suggestion.attrs);
      if (!decision) continue;
      const dropsText = (suggestion.kind === 'insert') === (decision === 'reject');
      if (dropsText) removals.push({ from: pos, to: pos + node.nodeSize });
      else transform.removeMark(pos, pos + node.nodeSize, mark);
    }
    return false;
  });
  const joins = acceptedJoins(doc, decide);
  // Mark removal leaves positions alone; delete from the end so earlier ranges stay valid.
  removals.sort((a, b) => a.from - b.from);
  for (const range of mergeRanges(removals).reverse()) transform.delete(range.from, range.to);
  for (const position of joins.reverse()) {
    const mapped = transform.mapping.map(position);
    if (canJoin(transform.doc, mapped)) transform.join(mapped);
  }
  return transform.doc;
}

/** The ids of the deletion suggestions the decider accepts on an inline node. */
function acceptedDeletions(node: ProseMirrorNode | null, decide: SuggestionDecider): Set<string> {
  const ids = new Set<string>();
  for (const mark of node?.marks ?? []) {
    const suggestion = suggestionOfMark(mark);
    if (suggestion?.kind === 'delete' && decide('delete', suggestion.attrs) === 'accept') ids.add(suggestion.attrs.id);
  }
  return ids;
}

/**
 * Where an accepted deletion runs from the end of one paragraph into the start of the next
 * (the teacher deleted across the paragraph break): those two paragraphs are joined again
 * once the deleted text goes, as a direct deletion would have done.
 */
function acceptedJoins(doc: ProseMirrorNode, decide: SuggestionDecider): number[] {
  const joins: number[] = [];
  let previous: { end: number; endDeletions: Set<string> } | null = null;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (previous && previous.end === pos) {
      const startDeletions = acceptedDeletions(node.firstChild, decide);
      if ([...startDeletions].some((id) => previous!.endDeletions.has(id))) joins.push(pos);
    }
    previous = { end: pos + node.nodeSize, endDeletions: acceptedDeletions(node.lastChild, decide) };
    return false;
  });
  return joins;
}

function mergeRanges(ranges: { from: number; to: number }[]) {
  const merged: { from: number; to: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && last.to >= range.from) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** The document as if every suggestion were accepted. */
export function acceptAll(doc: ProseMirrorNode): ProseMirrorNode {
  return resolveSuggestions(doc, () => 'accept');
}

/** The document as if every suggestion were rejected: what it was before anyone suggested. */
export function rejectAll(doc: ProseMirrorNode): ProseMirrorNode {
  return resolveSuggestions(doc, () => 'reject');
}

/** Accepts or rejects one suggestion by id. */
export function decideSuggestion(doc: ProseMirrorNode, id: string, decision: 'accept' | 'reject'): ProseMirrorNode {
  return resolveSuggestions(doc, (_kind, attrs) => (attrs.id === id ? decision : null));
}

/** Accepts or rejects every suggestion of one author. */
export function decideAuthorSuggestions(
  doc: ProseMirrorNode,
  author: string,
  decision: 'accept' | 'reject',
): ProseMirrorNode {
  return resolveSuggestions(doc, (_kind, attrs) => (attrs.author === author ? decision : null));
}
