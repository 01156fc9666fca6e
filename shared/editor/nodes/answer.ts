import { Node, mergeAttributes } from '@tiptap/core';

/** The answer to a `question`: teacher-only, dropped from the 学生版. */
export const Answer = Node.create({
  name: 'answer',
  content: '(paragraph | bulletList | orderedList | image | blockMath)+',
  defining: true,

  parseHTML() {
    return [{ tag: 'div[data-type="answer"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-type': 'answer', class: 'answer' }, HTMLAttributes), 0];
  },
});
