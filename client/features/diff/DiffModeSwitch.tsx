import { useTranslation } from 'react-i18next';
import type { DiffMode } from './DiffView.tsx';

/** 行内对比 | 左右对照. */
export function DiffModeSwitch({ mode, onChange }: { mode: DiffMode; onChange: (mode: DiffMode) => void }) {
  const { t } = useTranslation();
  return (
    <span className="diff-mode-switch" role="group" aria-label={t('diff.mode.label')}>
      {(['inline', 'sideBySide'] as const).map((value) => (
        <button key={value} type="button" aria-pressed={mode === value} data-mode={value} onClick={() => onChange(value)}>
          {t(`diff.mode.${value}`)}
        </button>
      ))}
    </span>
  );
}
