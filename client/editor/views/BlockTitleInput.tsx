import { useEffect, useState } from 'react';

interface BlockTitleInputProps {
  value: string;
  label: string;
  placeholder: string;
  readOnly: boolean;
  onCommit: (value: string) => void;
}

/**
 * The block's label, edited in place. It keeps its own text while focused and writes to the
 * document on blur or Enter, so a colleague's edit does not move the caret mid-word.
 */
export function BlockTitleInput({ value, label, placeholder, readOnly, onCommit }: BlockTitleInputProps) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);

  const commit = () => {
    const next = draft.trim();
    if (next && next !== value) onCommit(next);
    else setDraft(value);
  };

  return (
    <input
      className="block-title-input"
      aria-label={label}
      value={draft}
      placeholder={placeholder}
      readOnly={readOnly}
      maxLength={30}
      size={Math.max(4, [...draft].length * 2 + 1)}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        commit();
      }}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setDraft(value);
          event.currentTarget.blur();
        }
      }}
    />
  );
}
