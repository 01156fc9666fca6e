import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findUserByUsername } from '../db/repos/users.ts';
import type { Database } from '../db/schema.ts';
import { hashPassword, verifyPassword } from './password.ts';

/**
 * A hash of a random password nobody knows, made like every teacher's (same scheme, salt and
 * key length). An unknown username is checked against it, so the login takes the same scrypt
 * work whether the username exists or not. Made once, when the module loads.
 */
const dummyHash = hashPassword(randomBytes(32).toString('base64url'));

/**
 * The user whose username and password these are, or null. Always runs exactly one password
 * verify: against the user's hash, or against the dummy hash for an unknown username.
 */
export async function checkCredentials(
  db: Kysely<Database>,
  username: string,
  password: string,
  verify: (password: string, stored: string) => Promise<boolean> = verifyPassword,
) {
  const user = await findUserByUsername(db, username);
  const valid = await verify(password, user?.password_hash ?? (await dummyHash));
  return user && valid ? user : null;
}
