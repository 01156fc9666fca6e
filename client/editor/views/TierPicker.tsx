import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionTiers } from './questionTiers.ts';

interface TierPickerProps {
  tier: string | null;
  readOnly: boolean;
  onChange: (tier: string | null) => void;
}

/** The question's tier badge; a click opens the list of the school's tiers (无 / A / B / C / 基础 / 提高 / 拓展 / 必做 / 选做 / ★). */
export function TierPicker({ tier, readOnly, onChange }: TierPickerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const choose = (next: string | null) => {
    setOpen(false);
    if (next !== tier) onChange(next);
  };

  if (readOnly && tier === null) return null;

  return (
    <span className="tier-picker" ref={ref}>
      <button
        type="button"
        className={tier ? 'tier-badge' : 'tier-badge is-empty'}
        data-tier={tier ?? ''}
        aria-haspopup="listbox"
        aria-expanded={open}
        title={t('editor.question.chooseTier')}
        disabled={readOnly}
        onClick={() => setOpen((value) => !value)}
      >
        {tier ?? t('editor.question.tier')}
      </button>
      {open && (
        <span className="tier-menu" role="listbox" aria-label={t('editor.question.chooseTier')}>
          <button
            type="button"
            role="option"
            aria-selected={tier === null}
            className="tier-option"
            onClick={() => choose(null)}
          >
            {t('editor.question.tierNone')}
          </button>
          {questionTiers(tier).map((option) => (
            <button
              key={option}
              type="button"
              role="option"
              aria-selected={tier === option}
              className="tier-option"
              onClick={() => choose(option)}
            >
              {option}
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
