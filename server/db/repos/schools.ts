import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The school a group belongs to. */
export function findSchoolOfGroup(db: Kysely<Database>, groupId: string) {
  return db
    .selectFrom('groups')
    .innerJoin('schools', 'schools.id', 'groups.school_id')
    .select(['schools.id', 'schools.name', 'groups.name as groupName', 'groups.subject'])
    .where('groups.id', '=', groupId)
    .executeTakeFirst();
}
