import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import i18next from '../../i18n/index.ts';
import { deleteQuestionAt } from '../questionCommands.ts';
import { AnswerSpacePicker } from './answerSpacePicker.ts';
import { TierPicker } from './tierPicker.ts';
import { chromeNodeView, type ChromeControl, type ChromeProps } from './chromeNodeView.ts';

/** The question's number (counted by CSS within its block) and its tier badge, at the left. */
function questionGutter(element: HTMLElement, { updateAttributes }: ChromeProps): ChromeControl {
  const number = document.createElement('span');
  number.className = 'question-number';
  number.setAttribute('aria-hidden', 'true');
  const picker = new TierPicker((tier) => updateAttributes({ tier }));
  element.append(number);
  return {
    render: (node: ProseMirrorNode, readOnly: boolean) => {
      const tier = (node.attrs.tier as string | null) ?? null;
      picker.render(tier, readOnly);
      // No badge at all when there is no tier to show and none to choose.
      if (readOnly && tier === null) picker.element.remove();
      else if (picker.element.parentNode !== element) element.append(picker.element);
    },
    destroy: () => picker.destroy(),
  };
}

/** The question's answer space and 删除本题, below its text. */
function questionFooter(element: HTMLElement, { updateAttributes, editor, getPos }: ChromeProps): ChromeControl {
  const picker = new AnswerSpacePicker((attributes) => updateAttributes(attributes));
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'question-delete';
  remove.dataset.testid = 'delete-question';
  remove.addEventListener('click', () => {
    const position = getPos();
    if (typeof position === 'number') deleteQuestionAt(editor, position);
  });
  element.append(picker.element);
  return {
    render: (node: ProseMirrorNode, readOnly: boolean) => {
      picker.render(node.attrs, readOnly);
      remove.textContent = i18next.t('editor.question.delete');
      if (readOnly) remove.remove();
      else if (remove.parentNode !== element) element.append(remove);
    },
  };
}

/** A question or task item: numbered within its block, with its tier badge at the left and its answer space and 删除本题 below. */
export const questionView = chromeNodeView({
  tag: 'div',
  attributes: (node) => ({
    class: 'question',
    ...(node.attrs.id ? { 'data-question-id': String(node.attrs.id) } : {}),
    'data-tier': (node.attrs.tier as string | null) ?? '',
  }),
  contentTag: 'div',
  contentClass: 'question-body',
  parts: [
    { tag: 'span', className: 'question-gutter', place: 'before', control: questionGutter },
    { tag: 'span', className: 'question-footer', place: 'after', control: questionFooter },
  ],
});
