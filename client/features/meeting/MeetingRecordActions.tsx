import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import type { Meeting } from '../../../shared/schemas/meeting.ts';
import { meetingRecordUrl } from '../../api/meetingsApi.ts';
import { MeetingRecordDialog } from './MeetingRecordDialog.tsx';

/** 下载 the meeting's 集体备课活动记录表 (.docx) and, for the leader, 编辑记录. */
export function MeetingRecordActions({ guide, meeting }: { guide: Guide; meeting: Meeting }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const isLeader = guide.myRoles.includes('leader');
  return (
    <span className="meeting-record-actions">
      <a
        className="button meeting-small-button"
        href={meetingRecordUrl(guide.id, meeting.id)}
        download
        data-action="download-meeting-record"
        aria-label={t('meeting.records.downloadLabel')}
      >
        {t('meeting.records.download')}
      </a>
      {isLeader && (
        <button type="button" className="button meeting-small-button" data-action="edit-meeting-record" onClick={() => setEditing(true)}>
          {t('meeting.records.edit')}
        </button>
      )}
      {isLeader && <MeetingRecordDialog guide={guide} meeting={meeting} open={editing} onClose={() => setEditing(false)} />}
    </span>
  );
}
