import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export function findUserByUsername(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom('users').select(['id', 'username', 'name']).where('id', '=', id).executeTakeFirst();
}
