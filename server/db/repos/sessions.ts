import type { Kysely } from 'kysely';
import { createSessionToken, hashSessionToken } from '../../auth/sessionToken.ts';
import type { Database } from '../schema.ts';

export async function createSession(db: Kysely<Database>, userId: string, days: number): Promise<string> {
  const { token, tokenHash } = createSessionToken();
  const now = new Date();
  const expires = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash, user_id: userId, created_at: now.toISOString(), expires_at: expires.toISOString() })
    .execute();
  return token;
}

/** The user a token belongs to, or undefined when the token is unknown or expired. */
export function findSessionUser(db: Kysely<Database>, token: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.name'])
    .where('sessions.token_hash', '=', hashSessionToken(token))
    .where('sessions.expires_at', '>', new Date().toISOString())
    .executeTakeFirst();
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashSessionToken(token)).execute();
}
