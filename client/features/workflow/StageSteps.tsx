import { useTranslation } from 'react-i18next';
import { stages, type Stage } from '../../../shared/workflow/stages.ts';

/** 主备初稿 → 集体审稿 → 修改完善 → 定稿, the stages passed ticked and the current one lit. */
export function StageSteps({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const current = stages.indexOf(stage);
  return (
    <ol className="stage-steps" aria-label={t('workflow.stepsLabel')} data-stage={stage}>
      {stages.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'upcoming';
        return (
          <li
            key={step}
            className={`stage-step is-${state}`}
            data-step={step}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stage-step-marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="stage-step-label">{t(`stage.${step}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
