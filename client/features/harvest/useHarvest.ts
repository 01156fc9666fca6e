import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HarvestBody } from '../../../shared/schemas/harvest.ts';
import { harvestIntoGuide } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** 采纳: takes a block or paragraph of a class copy into the guide (the leader, while revising). */
export function useHarvest(guideId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HarvestBody) => harvestIntoGuide(guideId, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.guideHarvests(guideId) }),
        queryClient.invalidateQueries({ queryKey: ['diff'] }),
      ]);
    },
  });
}
