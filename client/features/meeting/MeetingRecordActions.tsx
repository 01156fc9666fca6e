import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import type { Meeting } from '../../../shared/schemas/meeting.ts';
import { meetingRecordUrl } from '../../api/meetingsApi.ts';
import { lazyComponent } from '../../components/lazyComponent.tsx';

// The record's form comes when the leader first opens it.
const MeetingRecordDialog = lazyComponent(() => import('./MeetingRecordDialog.tsx').then((module) => module.MeetingRecordDialog));

/** 下载 the meeting's 集体备课活动记录表 (.docx) and, for the leader, 编辑记录. */
export function MeetingRecordActions({ guide, meeting }: { guide: Guide; meeting: Meeting }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  // Once opened, the dialog stays rendered (closed), so closing it gives focus back as before.
  const [opened, setOpened] = useState(false);
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
        <button
          type="button"
          className="button meeting-small-button"
          data-action="edit-meeting-record"
          onClick={() => {
            setOpened(true);
            setEditing(true);
          }}
        >
          {t('meeting.records.edit')}
        </button>
      )}
      {isLeader && opened && <MeetingRecordDialog guide={guide} meeting={meeting} open={editing} onClose={() => setEditing(false)} />}
    </span>
  );
}
