import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RoleChipProps {
  role: string;
  readOnly: boolean;
  onRename: (name: string) => void;
  onRemove: () => void;
}

/** One group role: click the name to rename it, × to remove it. */
export function RoleChip({ role, readOnly, onRename, onRemove }: RoleChipProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(role);

  if (editing) {
    const finish = () => {
      setEditing(false);
      const next = draft.trim();
      if (next && next !== role) onRename(next);
    };
    return (
      <input
        className="role-chip-input"
        aria-label={t('editor.groupRoles.renameRole')}
        value={draft}
        maxLength={10}
        size={Math.max(3, [...draft].length * 2)}
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        onBlur={finish}
        onKeyDown={(event) => {
          if (event.key === 'Enter') finish();
          if (event.key === 'Escape') {
            setDraft(role);
            setEditing(false);
          }
        }}
      />
    );
  }

  return (
    <span className="role-chip">
      <button
        type="button"
        className="role-chip-name"
        title={readOnly ? undefined : t('editor.groupRoles.renameRole')}
        disabled={readOnly}
        onClick={() => {
          setDraft(role);
          setEditing(true);
        }}
      >
        {role}
      </button>
      {!readOnly && (
        <button
          type="button"
          className="role-chip-remove"
          aria-label={t('editor.groupRoles.removeRole', { role })}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </span>
  );
}
