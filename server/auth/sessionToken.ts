import { createHash, randomBytes } from 'node:crypto';

/** A new session token (sent to the client once) and the hash the database keeps. */
export function createSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The name of the browser's HttpOnly session cookie. */
export const sessionCookieName = 'dx_session';

/**
 * The session token of a request, the one way every entry reads it: a bearer token (scripts,
 * API clients) or the browser's session cookie (the web client, its API calls and its editor
 * connection).
 */
export function tokenFromHeaders(authorization: string | undefined | null, cookieHeader: string | undefined | null): string | null {
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || null;
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookieName) {
      try {
        return decodeURIComponent(value.join('=')) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}
