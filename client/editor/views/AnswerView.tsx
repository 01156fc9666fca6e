import { chromeNodeView } from './chromeNodeView.ts';

/** The answer to a question, marked clearly as printed only in the 教师版. */
export const answerView = chromeNodeView({
  tag: 'div',
  attributes: () => ({ class: 'answer' }),
  contentTag: 'div',
  contentClass: 'answer-body',
  parts: [{ tag: 'span', className: 'answer-label', place: 'before', label: 'editor.question.answerLabel' }],
});
