import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import type { Meeting } from '../../../shared/schemas/meeting.ts';
import { fetchGroupMembers } from '../../api/groupsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { meetingTimeRange } from './meetingTime.ts';
import { useMeetingActions } from './useMeetingActions.ts';

interface MeetingRecordDialogProps {
  guide: Guide;
  meeting: Meeting;
  open: boolean;
  onClose: () => void;
}

/** The fields of the form, as the inputs hold them. */
interface Draft {
  location: string;
  recorderId: string;
  topic: string;
  division: string;
  outcome: string;
  absenceNotes: string;
}

function draftOf(meeting: Meeting): Draft {
  return {
    location: meeting.location ?? '',
    recorderId: meeting.recorder?.id ?? '',
    topic: meeting.topic,
    division: meeting.division ?? '',
    outcome: meeting.outcome,
    absenceNotes: meeting.absenceNotes ?? '',
  };
}

/**
 * 编辑记录: the leader fills in what presence cannot know (地点, 记录人, 主题, 分工, 成果,
 * 缺席原因); the time, the host, who attended and what was discussed come from the meeting.
 */
export function MeetingRecordDialog({ guide, meeting, open, onClose }: MeetingRecordDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('meeting.dialog.title')} open={open} onClose={onClose} wide>
      {open && <MeetingRecordForm guide={guide} meeting={meeting} onClose={onClose} />}
    </Dialog>
  );
}

function MeetingRecordForm({ guide, meeting, onClose }: Omit<MeetingRecordDialogProps, 'open'>) {
  const { t } = useTranslation();
  const members = useQuery({ queryKey: queryKeys.groupMembers(guide.groupId), queryFn: () => fetchGroupMembers(guide.groupId) });
  const { update } = useMeetingActions(guide.id);
  // Filled once when the dialog opens; a refetch behind it must not overwrite what is typed.
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting));
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        meetingId: meeting.id,
        body: {
          location: draft.location,
          recorderId: draft.recorderId || null,
          topic: draft.topic,
          division: draft.division,
          // Unchanged default text stays a default, so it keeps following the decisions.
          ...(meeting.outcomeIsDefault && draft.outcome === meeting.outcome ? {} : { outcome: draft.outcome }),
          absenceNotes: draft.absenceNotes,
        },
      },
      { onSuccess: onClose },
    );
  };

  const absentees = meeting.absentees.map((person) => person.name).join('、') || t('common.none');
  const attendees =
    meeting.attendees
      .map((attendee) =>
        attendee.seconds < 60
          ? t('meeting.attendeeShort', { name: attendee.name })
          : t('meeting.attendee', { name: attendee.name, count: attendee.minutes }),
      )
      .join('、') || t('common.none');

  return (
    <form className="meeting-record-form" onSubmit={onSubmit} data-testid="meeting-record-form">
      <dl className="meeting-record-facts">
        <dt>{t('meeting.dialog.time')}</dt>
        <dd>{meetingTimeRange(meeting)}</dd>
        <dt>{t('meeting.dialog.host')}</dt>
        <dd>{meeting.host.name}</dd>
        <dt>{t('meeting.dialog.attendees')}</dt>
        <dd>{attendees}</dd>
        <dt>{t('meeting.dialog.absentees')}</dt>
        <dd>{absentees}</dd>
        <dt>{t('meeting.dialog.discussion')}</dt>
        <dd>{t('meeting.dialog.discussionCounts', meeting.counts)}</dd>
      </dl>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('meeting.dialog.location')}</span>
          <input name="location" value={draft.location} maxLength={100} onChange={set('location')} placeholder={t('meeting.dialog.locationPlaceholder')} />
        </label>
        <label className="field">
          <span className="field-label">{t('meeting.dialog.recorder')}</span>
          <select name="recorderId" value={draft.recorderId} onChange={set('recorderId')}>
            <option value="">{t('meeting.dialog.recorderNone')}</option>
            {(members.data ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-span">
          <span className="field-label">{t('meeting.dialog.topic')}</span>
          <input name="topic" value={draft.topic} maxLength={200} onChange={set('topic')} />
        </label>
        <label className="field field-span">
          <span className="field-label">{t('meeting.dialog.absenceNotes')}</span>
          <textarea name="absenceNotes" rows={2} value={draft.absenceNotes} maxLength={1000} onChange={set('absenceNotes')} placeholder={t('meeting.dialog.absenceNotesPlaceholder')} />
        </label>
        <label className="field field-span">
          <span className="field-label">{t('meeting.dialog.division')}</span>
          <textarea name="division" rows={3} value={draft.division} maxLength={2000} onChange={set('division')} placeholder={t('meeting.dialog.divisionPlaceholder')} />
        </label>
        <label className="field field-span">
          <span className="field-label">{t('meeting.dialog.outcome')}</span>
          <textarea name="outcome" rows={3} value={draft.outcome} maxLength={2000} onChange={set('outcome')} />
        </label>
      </div>
      {update.error && (
        <p className="form-error" role="alert">
          {t('meeting.failed', { message: update.error.message })}
        </p>
      )}
      <footer className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" data-testid="save-meeting-record" disabled={update.isPending}>
          {update.isPending ? t('meeting.dialog.saving') : t('meeting.dialog.save')}
        </button>
      </footer>
    </form>
  );
}
