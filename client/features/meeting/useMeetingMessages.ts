import { useEffect } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys.ts';
import { parseStatelessMessage } from '../../../shared/schemas/statelessMessage.ts';

/**
 * When the server says on the open document that a meeting started or ended, the meetings
 * are fetched again, so every open editor shows the banner (or the record) at once.
 */
export function useMeetingMessages(provider: HocuspocusProvider, guideId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onStateless = ({ payload }: { payload: string }) => {
      const message = parseStatelessMessage(payload);
      if (message?.type !== 'meeting' || message.guideId !== guideId) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.guideMeetings(guideId) });
    };
    provider.on('stateless', onStateless);
    return () => {
      provider.off('stateless', onStateless);
    };
  }, [provider, guideId, queryClient]);
}
