import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { decideAuthorSuggestions, rejectAll } from './resolveSuggestions.ts';

export type SuggestionCheck =
  | { ok: true }
  | { ok: false; reason: 'not-a-suggestion' | 'foreign-author'; message: string };

/**
 * Whether going from `before` to `after` only adds (or withdraws) the teacher's own
 * suggestions, as a suggest-only teacher may: rejecting the teacher's suggestions must give
 * the same document on both sides. So the text itself is unchanged (rejecting everything
 * gives the same document too), and every other teacher's suggestion is exactly where it was:
 * none added in their name, none withdrawn or altered.
 */
export function checkSuggestionOnlyChange(
  before: ProseMirrorNode,
  after: ProseMirrorNode,
  author: string,
): SuggestionCheck {
  const withoutOwn = (doc: ProseMirrorNode) => decideAuthorSuggestions(doc, author, 'reject');
  if (withoutOwn(before).eq(withoutOwn(after))) return { ok: true };
  if (!rejectAll(before).eq(rejectAll(after))) {
    return { ok: false, reason: 'not-a-suggestion', message: '审稿阶段组员的修改须以“建议”形式提出，这次修改未被接受' };
  }
  return { ok: false, reason: 'foreign-author', message: '只能提出和撤回自己的建议，不能以其他老师的名义提出或改动他们的建议' };
}
