import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pullCopy } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** 合并更新: the server merges the latest final into the copy; the open editor receives it live. */
export function usePullCopy(copyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => pullCopy(copyId),
    onSuccess: async (copy) => {
      queryClient.setQueryData(queryKeys.copy(copyId), copy);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.copyStatus(copyId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.copyIncoming(copyId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.guideClasses(copy.guideId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.guide(copy.guideId), exact: true }),
      ]);
    },
  });
}
