import { useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { MeetingRecordActions } from './MeetingRecordActions.tsx';
import { meetingTimeRange, minutesSince } from './meetingTime.ts';
import { useGuideMeetings } from './useGuideMeetings.ts';
import { useMeetingActions } from './useMeetingActions.ts';
import { useMeetingMessages } from './useMeetingMessages.ts';
import { useMinuteClock } from './useMinuteClock.ts';
import './meeting.css';

interface MeetingBarProps {
  guide: Guide;
  /** The open document's connection, on which the server announces meetings. */
  provider: HocuspocusProvider;
}

/**
 * The review meeting (研讨会议) above the paper. While it runs, everyone sees 研讨会议进行中 ·
 * 已开始 N 分钟 · 主持人 and who is present; the group leader starts it in 集体审稿 and ends
 * it. Once it has ended, its 集体备课活动记录表 can be downloaded (and, by the leader, filled in).
 */
export function MeetingBar({ guide, provider }: MeetingBarProps) {
  const { t } = useTranslation();
  const { active, latest } = useGuideMeetings(guide.id);
  const actions = useMeetingActions(guide.id);
  const now = useMinuteClock(active !== null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  useMeetingMessages(provider, guide.id);

  const isLeader = guide.myRoles.includes('leader');
  const failure = actions.start.error ?? actions.end.error;
  const error = failure ? <p className="form-error meeting-error" role="alert">{t('meeting.failed', { message: failure.message })}</p> : null;

  if (active) {
    const minutes = minutesSince(active.startedAt, now);
    const present = active.attendees.filter((attendee) => attendee.stretches.some((stretch) => stretch.leftAt === null));
    return (
      <section className="meeting-bar is-running" aria-label={t('meeting.label')} data-testid="meeting-bar" data-state="running">
        <span className="meeting-live-dot" aria-hidden="true" />
        <p className="meeting-banner" role="status">
          <strong>{t('meeting.running')}</strong>
          <span className="meeting-separator">·</span>
          {minutes === 0 ? t('meeting.startedJustNow') : t('meeting.startedAgo', { count: minutes })}
          <span className="meeting-separator">·</span>
          {t('meeting.host', { name: active.host.name })}
        </p>
        {present.length > 0 && (
          <p className="meeting-present muted">
            {t('meeting.present', { names: present.map((attendee) => attendee.name).join('、') })}
          </p>
        )}
        <span className="toolbar-spacer" />
        {/* The one control of this step: the meeting ends, the review goes on (结束研讨 comes after, in the workflow bar). */}
        {isLeader && (
          <span className="meeting-step">
            <button type="button" className="button meeting-end-button" data-action="end-meeting" onClick={() => setConfirmingEnd(true)}>
              {t('meeting.end')}
            </button>
            <span className="meeting-step-hint muted">{t('meeting.endHint')}</span>
          </span>
        )}
        {error}
        <Dialog title={t('meeting.endTitle')} open={confirmingEnd} onClose={() => setConfirmingEnd(false)}>
          <div className="meeting-end-confirm">
            <p>{t('meeting.endConfirm')}</p>
            <footer className="dialog-actions">
              <button type="button" className="button" onClick={() => setConfirmingEnd(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button button-primary"
                data-testid="confirm-end-meeting"
                disabled={actions.end.isPending}
                onClick={() => actions.end.mutate(active.id, { onSettled: () => setConfirmingEnd(false) })}
              >
                {actions.end.isPending ? t('meeting.ending') : t('meeting.end')}
              </button>
            </footer>
          </div>
        </Dialog>
      </section>
    );
  }

  if (guide.stage !== 'review') return null;
  if (!isLeader && !latest) return null;

  return (
    <section className="meeting-bar" aria-label={t('meeting.label')} data-testid="meeting-bar" data-state={latest ? 'ended' : 'none'}>
      {latest ? (
        <p className="meeting-banner">
          <strong>{t('meeting.ended')}</strong>
          <span className="meeting-separator">·</span>
          {meetingTimeRange(latest)}
          <span className="meeting-separator">·</span>
          {t('meeting.records.title')}
        </p>
      ) : (
        <p className="meeting-banner muted">{t('meeting.startHint')}</p>
      )}
      {latest && <MeetingRecordActions guide={guide} meeting={latest} />}
      {latest && isLeader && <p className="meeting-step-hint muted">{t('meeting.endReviewHint')}</p>}
      <span className="toolbar-spacer" />
      {isLeader && (
        <button
          type="button"
          className={latest ? 'button' : 'button button-primary'}
          data-action="start-meeting"
          disabled={actions.start.isPending}
          onClick={() => actions.start.mutate()}
        >
          {actions.start.isPending ? t('meeting.starting') : latest ? t('meeting.startAgain') : t('meeting.start')}
        </button>
      )}
      {error}
    </section>
  );
}
