import { useTranslation } from 'react-i18next';
import { LockIcon, PencilIcon } from '../../components/Icons.tsx';
import type { AccessExplanation, CopyAccessExplanation } from './accessExplanation.ts';

type Explanation = AccessExplanation | CopyAccessExplanation;

/** "你可以编辑" in green or "只读：…" in amber, with the reason in the teacher's words. */
export function AccessState({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const editable = explanation.kind === 'edit' || explanation.kind === 'copyEdit' || explanation.kind === 'suggest';
  return (
    <span
      className={editable ? 'access-state is-edit' : 'access-state is-read'}
      data-testid="access-state"
      data-access={explanation.kind === 'suggest' ? 'suggest' : editable ? 'edit' : explanation.kind === 'none' ? 'none' : 'read'}
      role="status"
    >
      {editable ? <PencilIcon /> : <LockIcon />}
      {accessText(explanation, t)}
    </span>
  );
}

function accessText(explanation: Explanation, t: (key: string, values?: Record<string, string>) => string): string {
  switch (explanation.kind) {
    case 'edit':
      return t(`workflow.access.edit.${explanation.stage}`);
    case 'suggest':
      return t('workflow.access.suggest');
    case 'none':
      return t('workflow.access.none');
    case 'readFinal':
      return t('workflow.access.readFinal');
    case 'readOnly':
      return t('workflow.access.readOnly');
    case 'readStage':
      return t('workflow.access.readStage', {
        stage: t(`stage.${explanation.stage}`),
        editors: explanation.editors.map((role) => t(`roles.${role}`)).join(t('common.and')),
      });
    case 'copyEdit':
      return t('copies.access.edit', { className: explanation.className });
    case 'copyRead':
      return t('copies.access.read', { owner: explanation.owner, className: explanation.className });
  }
}
