import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The first start needs a setup while the database holds no school and no user. */
export async function setupNeeded(db: Kysely<Database>): Promise<boolean> {
  const [school, user] = await Promise.all([
    db.selectFrom('schools').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('users').select('id').limit(1).executeTakeFirst(),
  ]);
  return !school && !user;
}
