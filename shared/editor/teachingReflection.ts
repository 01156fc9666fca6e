import type { JSONContent } from '@tiptap/core';
import { blockText } from '../diff/blockText.ts';

/** The three prompts of a 教后反思 (teaching reflection). */
export const reflectionPrompts = ['效果好的地方：', '存在的问题：', '改进措施：'] as const;

export const teachingReflectionTitle = '教后反思';

/**
 * The 教后反思 block added to a class copy when its teacher marks the lesson as taught: a
 * `reflection` block for the teacher (not printed in the 学生版) with the three prompts, each
 * followed by an empty line to write in.
 */
export function teachingReflectionBlock(id: string): JSONContent {
  return {
    type: 'reflection',
    attrs: { id, title: teachingReflectionTitle, minutes: null, audience: 'teacher', hint: null },
    content: reflectionPrompts.flatMap((prompt) => [
      { type: 'paragraph', content: [{ type: 'text', text: prompt, marks: [{ type: 'bold' }] }] },
      { type: 'paragraph' },
    ]),
  };
}

/** Whether the teacher has written anything in a 教后反思 block beyond its prompts. */
export function isReflectionWritten(block: JSONContent | undefined): boolean {
  if (!block) return false;
  let text = blockText(block).text;
  for (const prompt of reflectionPrompts) text = text.split(prompt).join('');
  return text.trim() !== '';
}

/** The top-level block with this id, if the document has it. */
export function findBlockById(doc: JSONContent, id: string | null): JSONContent | undefined {
  if (!id) return undefined;
  return doc.content?.find((node) => node.attrs?.id === id);
}
