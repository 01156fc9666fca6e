const storageKey = 'daoxuean.token';

/**
 * The login token, kept so the collaboration WebSocket can authenticate (the HTTP API
 * also has the session cookie). Empty when nobody has logged in on this computer.
 */
export function readSessionToken(): string {
  return localStorage.getItem(storageKey) ?? '';
}

export function storeSessionToken(token: string): void {
  localStorage.setItem(storageKey, token);
}

export function clearSessionToken(): void {
  localStorage.removeItem(storageKey);
}
