import { useTranslation } from 'react-i18next';

interface SuggestionModeSwitchProps {
  /** Suggest-only teachers cannot switch: their changes are always suggestions. */
  forced: boolean;
  suggesting: boolean;
  onChange: (suggesting: boolean) => void;
}

/** 直接编辑 | 建议模式, in the editing bar. */
export function SuggestionModeSwitch({ forced, suggesting, onChange }: SuggestionModeSwitchProps) {
  const { t } = useTranslation();
  if (forced) {
    return (
      <span className="suggestion-mode-badge" data-testid="suggestion-mode" data-mode="suggest" title={t('suggestions.mode.hint')}>
        {t('suggestions.mode.forced')}
      </span>
    );
  }
  return (
    <div className="segmented" role="radiogroup" aria-label={t('suggestions.mode.label')} data-testid="suggestion-mode" data-mode={suggesting ? 'suggest' : 'edit'}>
      {(['edit', 'suggest'] as const).map((mode) => (
        <button
          key={mode}
          type="button"
          role="radio"
          aria-checked={(mode === 'suggest') === suggesting}
          className={(mode === 'suggest') === suggesting ? 'is-selected' : ''}
          title={mode === 'suggest' ? t('suggestions.mode.hint') : undefined}
          onClick={() => onChange(mode === 'suggest')}
        >
          {t(`suggestions.mode.${mode}`)}
        </button>
      ))}
    </div>
  );
}
