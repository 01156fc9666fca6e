import { useQuery } from '@tanstack/react-query';
import { fetchCopyStatus } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** Where the class copy stands: base final and a later one (定稿已更新), 已上课, 教后反思. */
export function useCopyStatus(copyId: string) {
  // Asked again now and then, so a final published while the copy is open shows up (定稿已更新).
  return useQuery({ queryKey: queryKeys.copyStatus(copyId), queryFn: () => fetchCopyStatus(copyId), refetchInterval: 60_000 });
}
