import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { decideAuthorSuggestions, rejectAll } from './resolveSuggestions.ts';
import { suggestionOfMark } from './suggestionMarks.ts';
import { nodeSuggestionOf } from './nodeSuggestions.ts';

export type SuggestionCheck =
  | { ok: true }
  | { ok: false; reason: 'not-a-suggestion' | 'foreign-author' | 'unknown-content'; message: string };

const foreignAuthor: SuggestionCheck = {
  ok: false,
  reason: 'foreign-author',
  message: '只能提出和撤回自己的建议，不能以其他老师的名义提出或改动他们的建议',
};

const markKey = (mark: Mark) => `${mark.type.name}:${JSON.stringify(mark.attrs)}`;

/**
 * What in a document ties another teacher's name to `author`'s suggestions, as statements:
 * - `mark:<mark>`: another teacher's suggestion mark exists (one that did not exist before
 *   was made in their name);
 * - `delete-on-own:<mark>`: another teacher's suggested deletion lies on text `author`
 *   suggests inserting (the editor never puts it there: the marks exclude each other);
 * - `insert-edge:<mark>`: another teacher's suggested insertion runs to an end on text
 *   `author` suggests inserting. Typing inside another's suggestion gives the new characters
 *   both marks, as the editor does, but always with the other's own characters on both sides;
 * - `shared-id:<id>`: `author` uses the id of another teacher's suggestion (deciding one would
 *   decide both);
 * - `node:<suggestion>`: another teacher's suggestion on a node (see nodeSuggestions.ts).
 * Rejecting `author`'s insertions removes such text and the marks on it, so the comparison of
 * checkSuggestionOnlyChange cannot see these; they are compared before and after instead.
 */
function borrowedSuggestions(doc: ProseMirrorNode, author: string): Set<string> {
  const statements = new Set<string>();
  const authorsById = new Map<string, Set<unknown>>();
  const isOwnInsertion = (node: ProseMirrorNode) =>
    node.marks.some((mark) => {
      const suggestion = suggestionOfMark(mark);
      return suggestion?.kind === 'insert' && suggestion.attrs.author === author;
    });
  const noteAuthor = (id: string, markAuthor: string) => {
    if (!authorsById.has(id)) authorsById.set(id, new Set());
    authorsById.get(id)!.add(markAuthor);
  };
  doc.descendants((block) => {
    const structural = nodeSuggestionOf(block);
    if (structural) {
      noteAuthor(structural.id, structural.author);
      if (structural.author !== author) statements.add(`node:${block.type.name}:${JSON.stringify(structural)}`);
    }
    if (!block.inlineContent) return true;
    const inline: ProseMirrorNode[] = [];
    block.forEach((node) => inline.push(node));
    inline.forEach((node, index) => {
      const own = isOwnInsertion(node);
      const atom = nodeSuggestionOf(node);
      if (atom) {
        noteAuthor(atom.id, atom.author);
        if (atom.author !== author) statements.add(`node:${node.type.name}:${JSON.stringify(atom)}`);
      }
      for (const mark of node.marks) {
        const suggestion = suggestionOfMark(mark);
        if (!suggestion) continue;
        const { id, author: markAuthor } = suggestion.attrs;
        noteAuthor(id, markAuthor);
        if (markAuthor === author) continue;
        statements.add(`mark:${markKey(mark)}`);
        if (!own) continue;
        if (suggestion.kind === 'delete') {
          statements.add(`delete-on-own:${markKey(mark)}`);
          continue;
        }
        const runStarts = !inline[index - 1]?.marks.some((other) => other.eq(mark));
        const runEnds = !inline[index + 1]?.marks.some((other) => other.eq(mark));
        if (runStarts || runEnds) statements.add(`insert-edge:${markKey(mark)}`);
      }
    });
    return false;
  });
  for (const [id, authors] of authorsById) {
    if (authors.size > 1 && authors.has(author)) statements.add(`shared-id:${id}`);
  }
  return statements;
}

/**
 * Whether going from `before` to `after` only adds (or withdraws) the teacher's own
 * suggestions, as a suggest-only teacher may: rejecting the teacher's suggestions must give
 * the same document on both sides. So the text itself is unchanged (rejecting everything
 * gives the same document too), and every other teacher's suggestion is exactly where it was:
 * none added in their name, none withdrawn or altered. Nor may the teacher's own suggestions
 * carry another teacher's name or id (see borrowedSuggestions).
 */
export function checkSuggestionOnlyChange(
  before: ProseMirrorNode,
  after: ProseMirrorNode,
  author: string,
): SuggestionCheck {
  const withoutOwn = (doc: ProseMirrorNode) => decideAuthorSuggestions(doc, author, 'reject');
  if (withoutOwn(before).eq(withoutOwn(after))) {
    const already = borrowedSuggestions(before, author);
    for (const statement of borrowedSuggestions(after, author)) if (!already.has(statement)) return foreignAuthor;
    return { ok: true };
  }
  if (!rejectAll(before).eq(rejectAll(after))) {
    return { ok: false, reason: 'not-a-suggestion', message: '审稿阶段组员的修改须以“建议”形式提出，这次修改未被接受' };
  }
  return foreignAuthor;
}
