import { useTranslation } from 'react-i18next';
import { useEditorReadOnly } from '../EditorAccessContext.ts';
import { deleteQuestionAt } from '../questionCommands.ts';
import { AnswerSpacePicker } from './AnswerSpacePicker.tsx';
import { TierPicker } from './TierPicker.tsx';
import { chromeNodeView, type ChromeProps } from './chromeNodeView.ts';

/** The question's number (counted by CSS within its block) and its tier badge, at the left. */
function QuestionGutter({ node, updateAttributes }: ChromeProps) {
  const readOnly = useEditorReadOnly();
  const tier = (node.attrs.tier as string | null) ?? null;
  return (
    <>
      <span className="question-number" aria-hidden="true" />
      <TierPicker tier={tier} readOnly={readOnly} onChange={(next) => updateAttributes({ tier: next })} />
    </>
  );
}

/** The question's answer space and 删除本题, below its text. */
function QuestionFooter({ node, updateAttributes, editor, getPos }: ChromeProps) {
  const { t } = useTranslation();
  const readOnly = useEditorReadOnly();
  const remove = () => {
    const position = getPos();
    if (typeof position === 'number') deleteQuestionAt(editor, position);
  };
  return (
    <>
      <AnswerSpacePicker attrs={node.attrs} readOnly={readOnly} onChange={(next) => updateAttributes(next)} />
      {!readOnly && (
        <button type="button" className="question-delete" data-testid="delete-question" onClick={remove}>
          {t('editor.question.delete')}
        </button>
      )}
    </>
  );
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
    { tag: 'span', className: 'question-gutter', place: 'before', component: QuestionGutter },
    { tag: 'span', className: 'question-footer', place: 'after', component: QuestionFooter },
  ],
});
