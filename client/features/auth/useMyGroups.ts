import type { Group } from '../../../shared/schemas/auth.ts';
import { useMe } from './useMe.ts';

/** The teacher's groups, and those they lead (备课组长): only a leader assigns lessons. */
export function useMyGroups(): { groups: Group[]; ledGroups: Group[]; isLeader: boolean } {
  const me = useMe();
  const groups = me.data?.groups ?? [];
  const ledGroups = groups.filter((group) => group.role === 'leader');
  return { groups, ledGroups, isLeader: ledGroups.length > 0 };
}
