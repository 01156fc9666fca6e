import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { createClassCopy } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/** Makes the teacher's copy of the latest final for one class and opens it. */
export function useCreateClassCopy(guideId: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (classId: string) => createClassCopy(guideId, { classId }),
    onSuccess: async (copy) => {
      queryClient.setQueryData(queryKeys.copy(copy.id), copy);
      await queryClient.invalidateQueries({ queryKey: queryKeys.guide(guideId), exact: true });
      await navigate(`/copies/${copy.id}`);
    },
  });
}
