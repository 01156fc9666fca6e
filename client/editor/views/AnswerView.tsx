import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

/** The answer to a question, marked clearly as printed only in the 教师版. */
export function AnswerView() {
  const { t } = useTranslation();
  return (
    <NodeViewWrapper className="answer">
      <span className="answer-label" contentEditable={false}>
        {t('editor.question.answerLabel')}
      </span>
      <NodeViewContent className="answer-body" />
    </NodeViewWrapper>
  );
}
