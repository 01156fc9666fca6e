import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { suggestionOfMark, type SuggestionAttrs, type SuggestionKind } from './suggestionMarks.ts';

/** What to do with one suggestion: take it into the text, drop it, or leave it open. */
export type SuggestionDecision = 'accept' | 'reject' | null;
export type SuggestionDecider = (kind: SuggestionKind, attrs: SuggestionAttrs) => SuggestionDecision;

/**
 * Resolves the suggestions the decider picks. Accepting an insertion keeps its text and drops
 * the mark; rejecting it removes the text. Accepting a deletion removes the text; rejecting
 * it keeps the text and drops the mark. Everything else stays as it is.
 */
export function resolveSuggestions(doc: ProseMirrorNode, decide: SuggestionDecider): ProseMirrorNode {
  const transform = new Transform(doc);
  const removals: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
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
  // Mark removal leaves positions alone; delete from the end so earlier ranges stay valid.
  for (const range of mergeRanges(removals).reverse()) transform.delete(range.from, range.to);
  return transform.doc;
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
