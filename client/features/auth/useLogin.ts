import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchMe, login } from '../../api/authApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { forgetStoredToken } from '../../api/sessionToken.ts';
import type { LoginBody } from '../../../shared/schemas/auth.ts';

/** Logs in (the session cookie is the browser's credential) and drops whatever was cached for the previous teacher. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: async () => {
      forgetStoredToken();
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: queryKeys.me, queryFn: fetchMe });
    },
  });
}
