import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingFieldsInput } from '../../../shared/schemas/meeting.ts';
import { endMeeting, startMeeting, updateMeetingRecord } from '../../api/meetingsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** 开始研讨会议, 结束会议 and 编辑记录; each refreshes the guide's meetings when done. */
export function useMeetingActions(guideId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.guideMeetings(guideId) });
  return {
    start: useMutation({ mutationFn: () => startMeeting(guideId), onSettled: refresh }),
    end: useMutation({ mutationFn: (meetingId: string) => endMeeting(guideId, meetingId), onSettled: refresh }),
    update: useMutation({
      mutationFn: ({ meetingId, body }: { meetingId: string; body: MeetingFieldsInput }) =>
        updateMeetingRecord(guideId, meetingId, body),
      onSettled: refresh,
    }),
  };
}
