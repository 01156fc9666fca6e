import { useQuery } from '@tanstack/react-query';
import { fetchMeetings } from '../../api/meetingsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** While a meeting runs, who is present changes without a message: look again now and then. */
const presenceRefreshMs = 30_000;

/** A guide's review meetings with their records; the running one, if any, and the latest. */
export function useGuideMeetings(guideId: string, enabled = true) {
  const query = useQuery({
    queryKey: queryKeys.guideMeetings(guideId),
    queryFn: () => fetchMeetings(guideId),
    enabled,
    refetchInterval: (current) => (current.state.data?.some((meeting) => meeting.active) ? presenceRefreshMs : false),
  });
  const meetings = query.data ?? [];
  return {
    query,
    meetings,
    active: meetings.find((meeting) => meeting.active) ?? null,
    latest: meetings.at(-1) ?? null,
  };
}
