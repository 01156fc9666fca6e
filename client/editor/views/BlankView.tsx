import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { NodeViewRenderer, NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useTranslation } from 'react-i18next';
import { blankWidth } from '../../../shared/edition/blankWidth.ts';
import { Dialog } from '../../components/Dialog.tsx';
import i18next from '../../i18n/index.ts';
import { AtomDialogView } from './atomDialogView.ts';
import { sameAttrs } from './sameAttrs.ts';

interface BlankDialogProps {
  answer: string;
  width: number | null;
  onSubmit: (attributes: { answer: string; width: number | null }) => void;
  onRemove: () => void;
  onClose: () => void;
}

function BlankDialog({ onClose, ...form }: BlankDialogProps) {
  const { t } = useTranslation();
  return createPortal(
    <Dialog title={t('content.blank.title')} open onClose={onClose}>
      <BlankForm {...form} onClose={onClose} />
    </Dialog>,
    document.body,
  );
}

/**
 * A fill-in blank in the editor: an underline as long as it prints, with the answer on it
 * (teachers see it; the 学生版 prints the line only). A click opens its answer and width.
 * Plain DOM: typing beside a blank never draws it again.
 */
class BlankNodeView extends AtomDialogView<BlankDialogProps> {
  protected readonly dialogComponent = BlankDialog;

  constructor(props: NodeViewRendererProps) {
    super(props, 'span');
    this.element.dataset.type = 'blank';
    this.element.className = 'blank-node';
    this.draw();
  }

  private answer(): string {
    return String(this.node.attrs.answer ?? '');
  }

  protected title(): string {
    return i18next.t(this.editor.isEditable ? 'content.blank.clickToEdit' : 'content.blank.label');
  }

  protected changed(next: ProseMirrorNode): boolean {
    return !sameAttrs(next.attrs, this.node.attrs);
  }

  protected draw() {
    const answer = this.answer();
    this.element.classList.toggle('has-answer', answer !== '');
    this.element.classList.toggle('is-empty', answer === '');
    this.element.dataset.answer = answer;
    this.element.style.minWidth = `${blankWidth(this.node.attrs)}em`;
    this.element.textContent = answer || '\u200b';
  }

  protected dialogProps(close: () => void): BlankDialogProps {
    return {
      answer: this.answer(),
      width: typeof this.node.attrs.width === 'number' ? this.node.attrs.width : null,
      onSubmit: (next: { answer: string; width: number | null }) => {
        close();
        this.updateAttributes(next);
        // Back to writing, right after the blank.
        const position = this.getPos();
        if (typeof position === 'number') this.editor.chain().focus().setTextSelection(position + 1).run();
      },
      onRemove: () => {
        close();
        this.deleteNode();
      },
      onClose: close,
    };
  }
}

export const blankView: NodeViewRenderer = (props) => new BlankNodeView(props);

type BlankFormProps = BlankDialogProps;

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
