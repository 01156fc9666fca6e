import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransitionBody } from '../../../shared/schemas/guide.ts';
import { transitionGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** Takes a workflow step; the guide the server answers replaces the cached one at once. */
export function useGuideTransition(guideId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => transitionGuide(guideId, body),
    onSuccess: async (guide) => {
      queryClient.setQueryData(queryKeys.guide(guideId), guide);
      // The lists show the stage and the latest version too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.guides, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.groupPlan(guide.groupId) }),
      ]);
    },
  });
}
