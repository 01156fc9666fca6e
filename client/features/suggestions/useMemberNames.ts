import { useQuery } from '@tanstack/react-query';
import { fetchGroupMembers } from '../../api/groupsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** The group's teachers by user id, to name the authors of suggestions. */
export function useMemberNames(groupId: string | null): Map<string, string> {
  const members = useQuery({
    queryKey: queryKeys.groupMembers(groupId ?? ''),
    queryFn: () => fetchGroupMembers(groupId!),
    enabled: Boolean(groupId),
  });
  return new Map((members.data ?? []).map((member) => [member.id, member.name]));
}
