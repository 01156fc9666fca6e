import { useState } from 'react';
import { createPortal } from 'react-dom';
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { blankWidth } from '../../../shared/edition/blankWidth.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useEditorReadOnly } from '../EditorAccessContext.ts';

/**
 * A fill-in blank in the editor: an underline as long as it prints, with the answer on it
 * (teachers see it; the 学生版 prints the line only). A click opens its answer and width.
 */
export function BlankView({ node, updateAttributes, deleteNode, editor, selected, getPos }: NodeViewProps) {
  const { t } = useTranslation();
  const readOnly = useEditorReadOnly();
  const [open, setOpen] = useState(false);
  const answer = String(node.attrs.answer ?? '');
  const width = blankWidth(node.attrs);
  const canEdit = !readOnly && editor.isEditable;

  return (
    <NodeViewWrapper
      as="span"
      className={['blank-node', answer ? 'has-answer' : 'is-empty', selected ? 'is-selected' : ''].filter(Boolean).join(' ')}
      data-type="blank"
      data-answer={answer}
      style={{ minWidth: `${width}em` }}
      title={canEdit ? t('content.blank.clickToEdit') : t('content.blank.label')}
      onClick={canEdit ? () => setOpen(true) : undefined}
    >
      {answer || '\u200b'}
      {open &&
        createPortal(
          <Dialog title={t('content.blank.title')} open onClose={() => setOpen(false)}>
            <BlankForm
              answer={answer}
              width={typeof node.attrs.width === 'number' ? node.attrs.width : null}
              onSubmit={(next) => {
                setOpen(false);
                updateAttributes(next);
                // Back to writing, right after the blank.
                const position = getPos();
                if (typeof position === 'number') editor.chain().focus().setTextSelection(position + 1).run();
              }}
              onRemove={() => {
                setOpen(false);
                deleteNode();
              }}
              onClose={() => setOpen(false)}
            />
          </Dialog>,
          document.body,
        )}
    </NodeViewWrapper>
  );
}

interface BlankFormProps {
  answer: string;
  width: number | null;
  onSubmit: (attributes: { answer: string; width: number | null }) => void;
  onRemove: () => void;
  onClose: () => void;
}

function BlankForm({ answer, width, onSubmit, onRemove, onClose }: BlankFormProps) {
  const { t } = useTranslation();
  const [nextAnswer, setNextAnswer] = useState(answer);
  const [nextWidth, setNextWidth] = useState(width === null ? '' : String(width));
  return (
    <form
      className="blank-form"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = Number(nextWidth);
        onSubmit({ answer: nextAnswer.trim(), width: nextWidth.trim() && parsed > 0 ? Math.min(Math.round(parsed), 60) : null });
      }}
    >
      <label className="field">
        <span className="field-label">{t('content.blank.answer')}</span>
        <input autoFocus value={nextAnswer} onChange={(event) => setNextAnswer(event.target.value)} />
      </label>
      <p className="muted">{t('content.blank.answerHint')}</p>
      <label className="field">
        <span className="field-label">{t('content.blank.width')}</span>
        <input
          type="number"
          min={1}
          max={60}
          inputMode="numeric"
          placeholder={t('content.blank.widthAuto')}
          value={nextWidth}
          onChange={(event) => setNextWidth(event.target.value)}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" className="button button-danger" onClick={onRemove}>
          {t('content.blank.remove')}
        </button>
        <span className="toolbar-spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary">
          {t('common.confirm')}
        </button>
      </div>
    </form>
  );
}
