import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmRemoveButtonProps {
  question: string;
  disabled?: boolean;
  onConfirm: () => void;
}

/** 删除, then an inline "are you sure" with 确定 / 取消, so a slip of the mouse loses nothing. */
export function ConfirmRemoveButton({ question, disabled, onConfirm }: ConfirmRemoveButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <button type="button" className="block-action block-action-danger" disabled={disabled} onClick={() => setAsking(true)}>
        {t('editor.block.remove')}
      </button>
    );
  }
  return (
    <span className="confirm-remove" role="alertdialog" aria-label={question}>
      <span className="confirm-remove-question">{question}</span>
      <button
        type="button"
        className="block-action block-action-danger is-strong"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('common.confirm')}
      </button>
      <button type="button" className="block-action" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
