/** Where earlier versions of the web client kept the login token. */
const legacyStorageKey = 'daoxuean.token';

/**
 * The web client keeps no token: the server's HttpOnly session cookie (SameSite=Lax)
 * authenticates the API and the editor's WebSocket upgrade, so a script on the page cannot
 * read the session. Login still returns a token for API clients; the browser ignores it.
 * This forgets a token an earlier version left in localStorage.
 */
export function forgetStoredToken(): void {
  try {
    localStorage.removeItem(legacyStorageKey);
  } catch {
    // Storage blocked (private mode, policy): nothing was stored either.
  }
}
