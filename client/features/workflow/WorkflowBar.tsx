import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import type { AccessExplanation } from './accessExplanation.ts';
import { AccessState } from './AccessState.tsx';
import { StageSteps } from './StageSteps.tsx';
import { WorkflowActions } from './WorkflowActions.tsx';

interface WorkflowBarProps {
  guide: Guide;
  explanation: AccessExplanation;
  userName: string;
  onStepTaken?: (guide: Guide) => void;
  /** Next to the access: how the teacher's changes are made (直接编辑 | 建议模式). */
  modeSwitch?: ReactNode;
}

/** Under the guide's header: where the guide is in 集体备课, what I may do now, and the next step. */
export function WorkflowBar({ guide, explanation, userName, onStepTaken, modeSwitch }: WorkflowBarProps) {
  const { t } = useTranslation();
  return (
    <section className="workflow-bar" aria-label={t('workflow.label')} data-testid="workflow-bar">
      <StageSteps stage={guide.stage} />
      <AccessState explanation={explanation} />
      {modeSwitch}
      <span className="toolbar-spacer" />
      <WorkflowActions guide={guide} userName={userName} onStepTaken={onStepTaken} />
    </section>
  );
}
