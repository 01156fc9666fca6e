import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markCopyTaught } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** 已上课 on a date: the server records it and adds the 教后反思 block to the copy. */
export function useMarkTaught(copyId: string, groupId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => markCopyTaught(copyId, { date }),
    onSuccess: async (status) => {
      queryClient.setQueryData(queryKeys.copyStatus(copyId), status);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.guideClasses(status.guideId) }),
        groupId ? queryClient.invalidateQueries({ queryKey: queryKeys.reflections(groupId) }) : Promise.resolve(),
      ]);
    },
  });
}
