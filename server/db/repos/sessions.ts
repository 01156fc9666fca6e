import type { Kysely } from 'kysely';
import { createSessionToken, hashSessionToken } from '../../auth/sessionToken.ts';
import type { Database } from '../schema.ts';

const hourMs = 60 * 60 * 1000;

/** A session in use moves its idle deadline on at most this often (one write a minute, not one per request). */
const touchIntervalMs = 60 * 1000;

export interface SessionLifetime {
  /** The session ends this many days after login, however much it is used. */
  days: number;
  /** …and earlier, once it has not been used for this many hours. */
  idleHours: number;
}

export async function createSession(db: Kysely<Database>, userId: string, lifetime: SessionLifetime): Promise<string> {
  const { token, tokenHash } = createSessionToken();
  const now = Date.now();
  const expires = Math.min(now + lifetime.days * 24 * hourMs, now + 100 * 365 * 24 * hourMs);
  const idleSeconds = Math.round(lifetime.idleHours * 3600);
  const idleExpires = Math.min(now + idleSeconds * 1000, expires);
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(expires).toISOString(),
      last_used_at: new Date(now).toISOString(),
      idle_expires_at: new Date(idleExpires).toISOString(),
      idle_seconds: idleSeconds,
    })
    .execute();
  return token;
}

/**
 * The user a token belongs to, or undefined when the token is unknown, past its expiry or
 * idle past its deadline. Using a session moves its idle deadline on by the idle time the
 * session was created with (kept in the row), so HTTP routes and the collaboration server
 * need no settings to check one.
 */
/** The session's user and whether they must change an initial password before anything else. */
export async function findSessionAccount(db: Kysely<Database>, token: string) {
  const tokenHash = hashSessionToken(token);
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.name', 'users.must_change_password', 'sessions.last_used_at', 'sessions.idle_seconds', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', nowIso)
    .where('sessions.idle_expires_at', '>', nowIso)
    .executeTakeFirst();
  if (!row) return undefined;
  if (now - Date.parse(row.last_used_at) >= touchIntervalMs) {
    const idleExpires = Math.min(now + Number(row.idle_seconds) * 1000, Date.parse(row.expires_at));
    await db
      .updateTable('sessions')
      .set({ last_used_at: nowIso, idle_expires_at: new Date(idleExpires).toISOString() })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return { user: { id: row.id, username: row.username, name: row.name }, mustChangePassword: Number(row.must_change_password) === 1 };
}

export async function findSessionUser(db: Kysely<Database>, token: string) {
  return (await findSessionAccount(db, token))?.user;
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashSessionToken(token)).execute();
}

/** Removes every session past its expiry or its idle deadline. */
export async function deleteEndedSessions(db: Kysely<Database>): Promise<void> {
  const now = new Date().toISOString();
  await db
    .deleteFrom('sessions')
    .where((where) => where.or([where('expires_at', '<=', now), where('idle_expires_at', '<=', now)]))
    .execute();
}

/**
 * When a session ends unless it is used again (the earlier of its expiry and its idle
 * deadline, in ms since the epoch) and whose it is; undefined once it has ended or been
 * deleted. Only reads, so watching a session (an open editor connection) does not keep it
 * alive.
 */
export async function findSessionEnd(db: Kysely<Database>, tokenHash: string): Promise<{ userId: string; endsAt: number } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'expires_at', 'idle_expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const endsAt = Math.min(Date.parse(row.expires_at), Date.parse(row.idle_expires_at));
  if (!(endsAt > Date.now())) return undefined;
  return { userId: row.user_id, endsAt };
}
