import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { rejectAll } from './resolveSuggestions.ts';
import { suggestionOfMark } from './suggestionMarks.ts';

export type SuggestionCheck =
  | { ok: true }
  | { ok: false; reason: 'not-a-suggestion' | 'foreign-author'; message: string };

/** Every (kind, id) -> author of the suggestion marks in a document. */
function suggestionAuthors(doc: ProseMirrorNode): Map<string, string> {
  const authors = new Map<string, string>();
  doc.descendants((node) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      const suggestion = suggestionOfMark(mark);
      if (suggestion) authors.set(`${suggestion.kind}:${suggestion.attrs.id}`, suggestion.attrs.author);
    }
    return false;
  });
  return authors;
}

/**
 * Whether going from `before` to `after` only adds (or withdraws) suggestions, as a
 * suggest-only teacher may: rejecting every suggestion must give the same document on both
 * sides, and every new suggestion must carry the teacher's own user id.
 */
export function checkSuggestionOnlyChange(
  before: ProseMirrorNode,
  after: ProseMirrorNode,
  author: string,
): SuggestionCheck {
  if (!rejectAll(before).eq(rejectAll(after))) {
    return { ok: false, reason: 'not-a-suggestion', message: '审稿阶段组员的修改须以“建议”形式提出，这次修改未被接受' };
  }
  const known = suggestionAuthors(before);
  for (const [key, who] of suggestionAuthors(after)) {
    if (known.get(key) !== who && who !== author) {
      return { ok: false, reason: 'foreign-author', message: '不能以其他老师的名义提出建议' };
    }
  }
  return { ok: true };
}
