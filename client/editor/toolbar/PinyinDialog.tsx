import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { tonedPinyin } from './tonedPinyin.ts';

interface PinyinDialogProps {
  characters: string;
  annotation: string;
  editing: boolean;
  onSubmit: (annotation: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/** 拼音: the reading written over the selected characters (tone marks as typed: jiě pōu). */
export function PinyinDialog({ characters, annotation, editing, onSubmit, onRemove, onClose }: PinyinDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(annotation);
  return createPortal(
    <Dialog title={t('content.pinyin.title')} open onClose={onClose}>
      <form
        className="pinyin-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (value.trim()) onSubmit(value.trim());
        }}
      >
        <p className="pinyin-preview">
          <ruby>
            {characters}
            <rt>{value}</rt>
          </ruby>
        </p>
        <label className="field">
          <span className="field-label">{t('content.pinyin.annotation', { characters })}</span>
          <input autoFocus lang="zh-Latn-pinyin" value={value} onChange={(event) => setValue(tonedPinyin(event.target.value))} />
        </label>
        <p className="muted">{t('content.pinyin.hint')}</p>
        <div className="dialog-actions">
          {editing && (
            <button type="button" className="button button-danger" onClick={onRemove}>
              {t('content.pinyin.remove')}
            </button>
          )}
          <span className="toolbar-spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!value.trim()}>
            {t('common.confirm')}
          </button>
        </div>
      </form>
    </Dialog>,
    document.body,
  );
}
