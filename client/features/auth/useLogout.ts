import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../../api/authApi.ts';
import { clearSessionToken } from '../../api/sessionToken.ts';

/** Ends the session on the server (best effort), forgets the token and the cached data. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await logout();
    } catch {
      // Logging out locally still has to work when the server is unreachable.
    }
    clearSessionToken();
    queryClient.clear();
    await navigate('/login', { replace: true });
  };
}
