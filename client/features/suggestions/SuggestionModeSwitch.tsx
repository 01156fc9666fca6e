import { useTranslation } from 'react-i18next';

interface SuggestionModeSwitchProps {
  suggesting: boolean;
  onChange: (suggesting: boolean) => void;
}

/** 直接编辑 | 建议模式, for the leader and the lead drafter during the review. */
export function SuggestionModeSwitch({ suggesting, onChange }: SuggestionModeSwitchProps) {
  const { t } = useTranslation();
  return (
    <div
      className="segmented"
      role="radiogroup"
      aria-label={t('suggestions.mode.label')}
      data-testid="suggestion-mode"
      data-mode={suggesting ? 'suggest' : 'edit'}
    >
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

/** A member's changes are always suggestions during the review: said where they type. */
export function SuggestionModeBadge() {
  const { t } = useTranslation();
  return (
    <span className="suggestion-mode-badge" data-testid="suggestion-mode" data-mode="suggest" title={t('suggestions.mode.hint')}>
      {t('suggestions.mode.forced')}
    </span>
  );
}
