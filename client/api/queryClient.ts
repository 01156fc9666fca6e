import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError, isUnauthorized } from './ApiRequestError.ts';
import { queryKeys } from './queryKeys.ts';

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ended (logout elsewhere, server restart) shows up as a 401 on any call:
    // asking /api/me again lets RequireLogin send the teacher to the login page.
    onError: (error, query) => {
      if (!isUnauthorized(error) || query.queryKey[0] === queryKeys.me[0]) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Offline, ask anyway: the service worker answers from the reads kept on this computer
      // (instead of the query waiting for the network, 正在加载… for ever).
      networkMode: 'offlineFirst',
      refetchOnWindowFocus: false,
      // A 4xx answer will not change by asking again; a dropped network might.
      retry: (failureCount, error) =>
        !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});
