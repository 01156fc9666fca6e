import { useEffect } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchComments } from '../../api/commentsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { parseStatelessMessage } from '../../../shared/schemas/statelessMessage.ts';

/**
 * A guide's comment threads, kept current: the server says on the open document whenever a
 * thread is added, answered, resolved or reopened, and the list is fetched again, so every
 * teacher with the guide open sees it without reloading.
 */
export function useGuideComments(guideId: string, provider: HocuspocusProvider) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.guideComments(guideId), queryFn: () => fetchComments(guideId) });

  useEffect(() => {
    const onStateless = ({ payload }: { payload: string }) => {
      const message = parseStatelessMessage(payload);
      if (message?.type !== 'comments' || message.guideId !== guideId) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.guideComments(guideId) });
    };
    provider.on('stateless', onStateless);
    return () => {
      provider.off('stateless', onStateless);
    };
  }, [provider, guideId, queryClient]);

  return query;
}
