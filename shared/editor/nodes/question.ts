import { Node, mergeAttributes } from '@tiptap/core';
import { idAttribute } from './idAttribute.ts';

/**
 * A question or task item: its content, then optionally one `answer` (shown only in
 * the 教师版). `tier` is the school's difficulty label (A / B / C, 基础 / 提高 / 拓展,
 * 必做 / 选做, ★) or null; `answerLines` is how many blank lines the 学生版 prints.
 */
export const Question = Node.create({
  name: 'question',
  group: 'block',
  content: '(paragraph | bulletList | orderedList | table)+ answer?',
  defining: true,

  addAttributes() {
    return {
      id: idAttribute(),
      tier: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-tier') || null,
        renderHTML: (attributes) => (attributes.tier ? { 'data-tier': attributes.tier } : {}),
      },
      answerLines: {
        default: 2,
        parseHTML: (element) => Number(element.getAttribute('data-answer-lines') ?? 2),
        renderHTML: (attributes) => ({ 'data-answer-lines': String(attributes.answerLines) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="question"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-type': 'question', class: 'question' }, HTMLAttributes), 0];
  },
});
