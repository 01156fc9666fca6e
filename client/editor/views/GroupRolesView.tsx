import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useEditorReadOnly } from '../EditorAccessContext.ts';
import { RoleChip } from './RoleChip.tsx';

const groupSizes = [2, 3, 4, 5, 6, 7, 8];

/** How the 互学 groups work: 每组 N 人 and the roles members take (组长 / 记录员 / 汇报员 / 检查员). */
export function GroupRolesView({ node, updateAttributes }: NodeViewProps) {
  const { t } = useTranslation();
  const readOnly = useEditorReadOnly();
  const size = Number(node.attrs.size) || 4;
  const roles = (node.attrs.roles as string[] | null) ?? [];

  const setRoles = (next: string[]) => updateAttributes({ roles: next });

  return (
    <NodeViewWrapper className="group-roles" contentEditable={false}>
      <span className="group-roles-label">{t('editor.groupRoles.label')}</span>
      <label className="group-size">
        <span>{t('editor.groupRoles.perGroup')}</span>
        <select
          value={size}
          disabled={readOnly}
          aria-label={t('editor.groupRoles.perGroup')}
          onChange={(event) => updateAttributes({ size: Number(event.target.value) })}
        >
          {(groupSizes.includes(size) ? groupSizes : [...groupSizes, size]).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <span>{t('editor.groupRoles.people')}</span>
      </label>
      <ul className="role-chips">
        {roles.map((role, index) => (
          <li key={`${index}-${role}`}>
            <RoleChip
              role={role}
              readOnly={readOnly}
              onRename={(name) => setRoles(roles.map((existing, at) => (at === index ? name : existing)))}
              onRemove={() => setRoles(roles.filter((_, at) => at !== index))}
            />
          </li>
        ))}
        {!readOnly && (
          <li>
            <button
              type="button"
              className="role-add"
              onClick={() => setRoles([...roles, t('editor.groupRoles.newRole')])}
            >
              + {t('editor.groupRoles.addRole')}
            </button>
          </li>
        )}
      </ul>
    </NodeViewWrapper>
  );
}
