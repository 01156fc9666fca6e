import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface BlockMinutesInputProps {
  value: number | null;
  label: string;
  readOnly: boolean;
  onCommit: (value: number | null) => void;
}

/** How many minutes of the lesson the block takes; empty means "not timed". */
export function BlockMinutesInput({ value, label, readOnly, onCommit }: BlockMinutesInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (!focused) setDraft(value === null ? '' : String(value));
  }, [value, focused]);

  const commit = () => {
    const trimmed = draft.trim();
    const next = trimmed === '' ? null : Math.max(0, Math.min(45, Math.round(Number(trimmed))));
    if (next !== null && Number.isNaN(next)) {
      setDraft(value === null ? '' : String(value));
      return;
    }
    if (next !== value) onCommit(next);
    setDraft(next === null ? '' : String(next));
  };

  if (readOnly && value === null) return null;

  return (
    <label className="block-minutes">
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={45}
        aria-label={label}
        value={draft}
        readOnly={readOnly}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          commit();
        }}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
      <span>{t('common.minutes')}</span>
    </label>
  );
}
