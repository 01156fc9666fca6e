import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../../api/authApi.ts';
import { forgetStoredToken } from '../../api/sessionToken.ts';
import { forgetOfflineReads } from '../../offline/offlineCache.ts';

/** Ends the session on the server (best effort; the server also clears the cookie) and forgets the cached data. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await logout();
    } catch {
      // Logging out locally still has to work when the server is unreachable.
    }
    forgetStoredToken();
    queryClient.clear();
    await forgetOfflineReads();
    await navigate('/login', { replace: true });
  };
}
