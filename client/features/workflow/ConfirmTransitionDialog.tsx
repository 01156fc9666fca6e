import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { transitionTable, versionLabel, type Action } from '../../../shared/workflow/transitions.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { formatDate } from '../../i18n/formatDate.ts';
import { finalCount } from '../versions/versionKinds.ts';
import { FinaliseCheck } from '../check/FinaliseCheck.tsx';
import '../versions/history.css';

interface ConfirmTransitionDialogProps {
  guide: Guide;
  action: Action | null;
  userName: string;
  pending: boolean;
  error: string | null;
  /**
   * With the leader's reason when 定稿 goes ahead despite error findings of the 体检, and the
   * 定稿说明 (what changed and why) when one was written.
   */
  onConfirm: (override?: { reason: string }, note?: string) => void;
  onClose: () => void;
}

/** Says what a workflow step will do (the version it saves, who may edit after) before taking it. */
export function ConfirmTransitionDialog({
  guide,
  action,
  userName,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmTransitionDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [checkErrors, setCheckErrors] = useState(0);
  const transition = action ? transitionTable[action] : null;
  const finalising = action === 'finalise';
  // 提交审稿 shows the findings and never blocks; only 定稿 asks for a reason.
  const overriding = finalising && checkErrors > 0;
  const confirmLabel = overriding ? t('check.finalise.override') : t(`workflow.action.${action ?? 'submit'}`);
  const close = () => {
    setReason('');
    setNote('');
    setCheckErrors(0);
    onClose();
  };
  const version = transition?.snapshot ? versionLabel(transition.snapshot, finalCount(guide.versions)) : '';
  const title = action ? t('workflow.confirm.title', { action: t(`workflow.action.${action}`) }) : '';

  return (
    <Dialog title={title} open={action !== null} onClose={close}>
      {action && transition && (
        <div className="confirm-transition" data-action={action}>
          <p className="confirm-transition-stages">
            <span className={`stage-badge stage-${transition.from}`}>{t(`stage.${transition.from}`)}</span>
            <span aria-hidden="true"> → </span>
            <span className={`stage-badge stage-${transition.to}`}>{t(`stage.${transition.to}`)}</span>
          </p>
          <p>
            {t(`workflow.confirm.${action}`, {
              version,
              name: userName,
              date: formatDate(new Date().toISOString()),
              title: guide.title,
            })}
          </p>
          {(finalising || action === 'submit') && (
            <FinaliseCheck
              guideId={guide.id}
              mode={finalising ? 'finalise' : 'submit'}
              reason={reason}
              onReason={setReason}
              onErrors={setCheckErrors}
            />
          )}
          {finalising && (
            <label className="field final-note-field">
              <span className="field-label">{t('versions.note.label')}</span>
              <textarea
                data-testid="final-note"
                rows={3}
                maxLength={2000}
                value={note}
                placeholder={t('versions.note.placeholder')}
                onChange={(event) => setNote(event.target.value)}
              />
            </label>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <footer className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              data-testid="confirm-transition"
              disabled={pending || (overriding && reason.trim().length < 2)}
              onClick={() => onConfirm(overriding ? { reason: reason.trim() } : undefined, finalising && note.trim() ? note.trim() : undefined)}
            >
              {pending ? t('workflow.pending') : confirmLabel}
            </button>
          </footer>
        </div>
      )}
    </Dialog>
  );
}
