import { NodeViewContent, NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useEditorReadOnly } from '../EditorAccessContext.ts';
import { deleteQuestionAt } from '../questionCommands.ts';
import { AnswerSpacePicker } from './AnswerSpacePicker.tsx';
import { TierPicker } from './TierPicker.tsx';

/** A question or task item: numbered within its block, with its tier badge at the left and its answer space and 删除本题 below. */
export function QuestionView({ node, updateAttributes, editor, getPos }: NodeViewProps) {
  const { t } = useTranslation();
  const readOnly = useEditorReadOnly();
  const tier = (node.attrs.tier as string | null) ?? null;
  const remove = () => {
    const position = getPos();
    if (typeof position === 'number') deleteQuestionAt(editor, position);
  };
  return (
    <NodeViewWrapper className="question" data-question-id={node.attrs.id ?? undefined} data-tier={tier ?? ''}>
      <span className="question-gutter" contentEditable={false}>
        <span className="question-number" aria-hidden="true" />
        <TierPicker tier={tier} readOnly={readOnly} onChange={(next) => updateAttributes({ tier: next })} />
      </span>
      <NodeViewContent className="question-body" />
      <span className="question-footer" contentEditable={false}>
        <AnswerSpacePicker attrs={node.attrs} readOnly={readOnly} onChange={(next) => updateAttributes(next)} />
        {!readOnly && (
          <button type="button" className="question-delete" data-testid="delete-question" onClick={remove}>
            {t('editor.question.delete')}
          </button>
        )}
      </span>
    </NodeViewWrapper>
  );
}
