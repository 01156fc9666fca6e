import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchMe, login } from '../../api/authApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { storeSessionToken } from '../../api/sessionToken.ts';
import type { LoginBody } from '../../../shared/schemas/auth.ts';

/** Logs in, keeps the token for the WebSocket and drops whatever was cached for the previous teacher. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: async (result) => {
      storeSessionToken(result.token);
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: queryKeys.me, queryFn: fetchMe });
    },
  });
}
