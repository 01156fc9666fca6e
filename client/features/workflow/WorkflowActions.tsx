import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import type { Action } from '../../../shared/workflow/transitions.ts';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { lazyComponent } from '../../components/lazyComponent.tsx';
import { useGuideTransition } from './useGuideTransition.ts';
import { useGuideMeetings } from '../meeting/useGuideMeetings.ts';

// The confirmation (with the 体检 before 定稿) comes when a step is first chosen.
const ConfirmTransitionDialog = lazyComponent(() => import('./ConfirmTransitionDialog.tsx').then((module) => module.ConfirmTransitionDialog));

/** A button per step the teacher may take now (guide.actions), each confirmed in a dialog. */
interface WorkflowActionsProps {
  guide: Guide;
  userName: string;
  /** Called with the guide as the step left it. */
  onStepTaken?: (guide: Guide) => void;
}

export function WorkflowActions({ guide, userName, onStepTaken }: WorkflowActionsProps) {
  const { t } = useTranslation();
  const transition = useGuideTransition(guide.id);
  const [chosen, setChosen] = useState<Action | null>(null);

  // While a review meeting runs, its bar holds the one control (结束会议); 结束研讨 comes after.
  const meetings = useGuideMeetings(guide.id, guide.actions.includes('endReview'));
  const meetingRunning = meetings.active !== null && guide.actions.includes('endReview');
  const actions = meetingRunning ? guide.actions.filter((action) => action !== 'endReview') : guide.actions;
  const error = transition.error ? transitionErrorText(transition.error, t) : null;
  const close = () => {
    setChosen(null);
    transition.reset();
  };

  return (
    <>
      <div className="workflow-actions">
        {meetingRunning && (
          <span className="workflow-note muted" data-testid="end-meeting-first">
            {t('meeting.endFirst')}
          </span>
        )}
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'reopen' ? 'button' : 'button button-primary'}
            data-action={action}
            onClick={() => {
              transition.reset();
              setChosen(action);
            }}
          >
            {t(`workflow.action.${action}`)}
          </button>
        ))}
      </div>
      {chosen && (
        <ConfirmTransitionDialog
          key={chosen}
          guide={guide}
          action={chosen}
          userName={userName}
          pending={transition.isPending}
          error={error}
          onClose={close}
          onConfirm={(override, note) => {
            if (!chosen) return;
            transition.mutate({ action: chosen, ...(override ? { override } : {}), ...(note ? { note } : {}) }, {
              onSuccess: (next) => {
                setChosen(null);
                onStepTaken?.(next);
              },
            });
          }}
        />
      )}
    </>
  );
}

/** The server's sentence for wrong_role / wrong_stage (written for teachers); a generic one otherwise. */
function transitionErrorText(error: Error, t: (key: string, values?: Record<string, string>) => string): string {
  if (error instanceof ApiRequestError && error.code === 'network') return t('errors.network');
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return error.message;
  return t('workflow.failed', { message: error.message });
}
