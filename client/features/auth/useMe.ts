import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '../../api/authApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** The logged-in teacher with their groups and classes; a 401 error when nobody is logged in. */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
