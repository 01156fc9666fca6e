import { useQuery } from '@tanstack/react-query';
import { defaultCheckSettings, type CheckSettings } from '../../../shared/check/settings.ts';
import { fetchCheckSettings } from '../../api/checkApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/**
 * The school's 体检 settings for a group, so the browser checks by the same rules as the server;
 * the defaults while they load, for a class copy (no group at hand) and if they cannot be read.
 */
export function useCheckSettings(groupId: string | null): CheckSettings {
  const settings = useQuery({
    queryKey: queryKeys.checkSettings(groupId ?? ''),
    queryFn: () => fetchCheckSettings(groupId ?? ''),
    enabled: groupId !== null,
    staleTime: 5 * 60_000,
  });
  return settings.data ?? defaultCheckSettings;
}
