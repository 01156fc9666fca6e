import type { ReactNode } from 'react';

interface ToolButtonProps {
  label: string;
  active?: boolean;
  disabled?: boolean;
  wide?: boolean;
  /** The keyboard shortcut, shown in the tooltip (e.g. Ctrl+.). */
  shortcut?: string;
  onClick: () => void;
  children: ReactNode;
}

/** A button of the editing bar: keeps the editor's focus and selection, so the command acts where the teacher was writing. */
export function ToolButton({ label, active, disabled, wide, shortcut, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={['tool-button', active ? 'is-active' : '', wide ? 'is-wide' : ''].filter(Boolean).join(' ')}
      aria-label={label}
      aria-pressed={active}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
