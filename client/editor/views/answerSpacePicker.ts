import i18next from '../../i18n/index.ts';
import { answerLinesFor, answerSpaceOf, type AnswerSpace } from '../../../shared/schemas/answerSpace.ts';
import { answerSpaceChoices, answerSpaceKey, answerSpaceLabel } from './answerSpaceChoices.ts';

/**
 * 答题空间: the space the 学生版 leaves below the question (lines, a box, a grid or none). Plain
 * DOM in the question's footer, its elements kept while the question changes (the list keeps
 * its focus after a choice).
 */
export class AnswerSpacePicker {
  /** A label around the list while the question may be changed, a line of text otherwise. */
  element: HTMLElement = document.createElement('span');
  private readonly select = document.createElement('select');
  private readonly caption = document.createElement('span');
  private options: readonly AnswerSpace[] = answerSpaceChoices;
  private readOnly: boolean | null = null;
  private language = '';
  private optionsKey = '';

  constructor(private readonly onChange: (attributes: { answerSpace: AnswerSpace; answerLines: number }) => void) {
    this.select.addEventListener('change', () => {
      const next = this.options.find((choice) => answerSpaceKey(choice) === this.select.value);
      if (next) this.onChange({ answerSpace: next, answerLines: answerLinesFor(next) });
    });
  }

  render(attrs: Record<string, unknown>, readOnly: boolean): void {
    const current = answerSpaceOf(attrs);
    const currentKey = answerSpaceKey(current);
    const languageChanged = this.language !== i18next.language || this.readOnly === null;
    this.language = i18next.language;
    if (readOnly) {
      if (this.readOnly !== true) this.replaceElement(document.createElement('span'));
      this.element.className = 'answer-space-picker is-read-only';
      this.element.textContent = `${i18next.t('content.answerSpace.label')}：${answerSpaceLabel(current)}`;
      this.readOnly = true;
      return;
    }
    if (this.readOnly !== false) {
      const label = document.createElement('label');
      label.append(this.caption, this.select);
      this.replaceElement(label);
    }
    this.readOnly = false;
    this.element.className = 'answer-space-picker';
    this.element.title = i18next.t('content.answerSpace.hint');
    this.caption.textContent = i18next.t('content.answerSpace.label');
    this.options = answerSpaceChoices.some((choice) => answerSpaceKey(choice) === currentKey) ? answerSpaceChoices : [...answerSpaceChoices, current];
    const optionsKey = this.options.map(answerSpaceKey).join(' ');
    if (languageChanged || optionsKey !== this.optionsKey) {
      this.optionsKey = optionsKey;
      this.select.replaceChildren(
        ...this.options.map((choice) => {
          const option = document.createElement('option');
          option.value = answerSpaceKey(choice);
          option.textContent = answerSpaceLabel(choice);
          return option;
        }),
      );
    }
    this.select.value = currentKey;
  }

  private replaceElement(next: HTMLElement) {
    this.element.replaceWith(next);
    this.element = next;
  }
}
