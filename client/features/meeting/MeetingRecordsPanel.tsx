import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { MeetingRecordActions } from './MeetingRecordActions.tsx';
import { meetingTimeRange } from './meetingTime.ts';
import { useGuideMeetings } from './useGuideMeetings.ts';
import './meeting.css';

/**
 * In the versions panel, under the versions: the 集体备课活动记录表 of every meeting on the
 * guide, newest first, each to download (and, for the leader, to fill in).
 */
export function MeetingRecordsPanel({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const { meetings } = useGuideMeetings(guide.id);
  if (meetings.length === 0) return null;
  return (
    <section className="meeting-records" aria-labelledby="meeting-records-title" data-testid="meeting-records">
      <h3 id="meeting-records-title" className="meeting-records-title">
        {t('meeting.records.title')}
      </h3>
      <ol className="meeting-record-list">
        {[...meetings].reverse().map((meeting) => (
          <li key={meeting.id} className="meeting-record-item" data-meeting-id={meeting.id}>
            <span className="meeting-record-time">
              {meetingTimeRange(meeting)}
              {meeting.active && <span className="tag">{t('meeting.records.active')}</span>}
            </span>
            <span className="meeting-record-meta muted">
              {t('meeting.records.meta', {
                host: meeting.host.name,
                attendees: meeting.attendees.length,
                absentees: meeting.absentees.length,
              })}
            </span>
            <MeetingRecordActions guide={guide} meeting={meeting} />
          </li>
        ))}
      </ol>
    </section>
  );
}
