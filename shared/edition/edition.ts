import type { JSONContent } from '@tiptap/core';
import { blankWidth } from './blankWidth.ts';

/** The two printed editions of one guide (domain.md: 学生版 and 教师版 from one source). */
export const editionKinds = ['student', 'teacher'] as const;
export type EditionKind = (typeof editionKinds)[number];

/**
 * Node types that only the teacher sees. Handled by name, not through the schema, so a node
 * type added later (the 教师复备栏 margin note `teacherNote`) is covered before and after it
 * exists in `shared/editor/presets.ts`.
 */
const teacherOnlyNodeTypes: ReadonlySet<string> = new Set(['answer', 'teacherNote']);

/** Why a node is teacher-only, for the renderers' marks; null when every reader sees it. */
export type TeacherOnlyReason = 'teacherBlock' | 'answer' | 'teacherNote';

/** Tells whether (and why) a node belongs only in the 教师版. */
export function teacherOnlyReason(node: JSONContent): TeacherOnlyReason | null {
  if (node.type === 'answer') return 'answer';
  if (node.type === 'teacherNote') return 'teacherNote';
  if (node.attrs?.audience === 'teacher') return 'teacherBlock';
  return null;
}

function hasMark(node: JSONContent, markType: string): boolean {
  return node.marks?.some((mark) => mark.type === markType) ?? false;
}

/**
 * Resolves pending track changes the way the document reads before anyone accepts them:
 * proposed insertions are left out and text proposed for deletion stays, unmarked. A printed
 * guide never shows a suggestion.
 */
function withoutSuggestions(node: JSONContent): JSONContent | null {
  if (node.type === 'text') {
    if (hasMark(node, 'suggestInsert')) return null;
    if (!hasMark(node, 'suggestDelete')) return node;
    const marks = node.marks?.filter((mark) => mark.type !== 'suggestDelete') ?? [];
    const copy: JSONContent = { ...node };
    if (marks.length > 0) copy.marks = marks;
    else delete copy.marks;
    return copy;
  }
  return node;
}

/** The student edition keeps a container valid when everything in it was teacher-only. */
const containersNeedingContent: ReadonlySet<string> = new Set(['listItem', 'tableCell', 'tableHeader', 'blockquote']);

/** Guide blocks are the children of the doc node. */
const guideBlockDepth = 1;

/**
 * A fill-in blank of the 学生版: no answer, and the width fixed to what the answer would
 * print as, so the sheet keeps the teacher's layout without telling the answer.
 */
function studentBlank(node: JSONContent): JSONContent {
  return { ...node, attrs: { ...node.attrs, answer: '', width: blankWidth(node.attrs) } };
}

function transform(node: JSONContent, kind: EditionKind, depth: number): JSONContent | null {
  if (kind === 'student') {
    if (node.type && teacherOnlyNodeTypes.has(node.type)) return null;
    if (depth === guideBlockDepth && node.attrs?.audience === 'teacher') return null;
    if (node.type === 'blank') return studentBlank(node);
    // The credit of a copied block (来源) is for the teachers.
    if (depth === guideBlockDepth && node.attrs?.origin) return transform({ ...node, attrs: { ...node.attrs, origin: null } }, kind, depth);
  }
  const resolved = withoutSuggestions(node);
  if (!resolved) return null;
  if (!resolved.content) return { ...resolved, ...(resolved.attrs ? { attrs: { ...resolved.attrs } } : {}) };
  const content = resolved.content
    .map((child) => transform(child, kind, depth + 1))
    .filter((child): child is JSONContent => child !== null);
  const copy: JSONContent = { ...resolved, content };
  if (resolved.attrs) copy.attrs = { ...resolved.attrs };
  const emptied = content.length === 0 && resolved.content.length > 0;
  if (emptied && (depth === guideBlockDepth || (resolved.type !== undefined && containersNeedingContent.has(resolved.type)))) {
    copy.content = [{ type: 'paragraph' }];
  }
  return copy;
}

/**
 * One guide, printed for one audience. The same function feeds the print preview, the Word
 * export and any later renderer, so the 学生版 on screen, on paper and in Word never differ.
 *
 * - `student` (学生版): drops every block whose `audience` is `teacher` (精讲点拨 and the
 *   like), every `answer` and every `teacherNote` (教师复备栏), and empties the `answer` of
 *   every fill-in `blank` (its `width` set to the length the answer prints as, see
 *   `blankWidth`). Questions keep their text, blanks and answer space (`answerSpace`,
 *   `answerLines`); the renderers print the underlines, the answer space and the 班级 / 小组 /
 *   姓名 header. A copied block's credit (`origin`, 来源) is left out.
 * - `teacher` (教师版): keeps everything in place, blank answers included; renderers mark
 *   what is teacher-only with {@link teacherOnlyReason}.
 *
 * Both editions leave out pending suggestions (see `withoutSuggestions`). The input is not
 * changed; the result is a new tree. A block or list item that only held teacher-only nodes
 * keeps one empty paragraph, so the result stays valid for the schema (unless every block
 * of the guide is teacher-only: then the student edition has no blocks at all).
 */
export function edition(doc: JSONContent, kind: EditionKind): JSONContent {
  return transform(doc, kind, 0) ?? { type: 'doc', content: [] };
}
