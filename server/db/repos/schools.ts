import type { Kysely } from 'kysely';
import { defaultSchoolTimeZone } from '../../../shared/time/schoolTime.ts';
import type { Database } from '../schema.ts';

/** The school a group belongs to. */
export function findSchoolOfGroup(db: Kysely<Database>, groupId: string) {
  return db
    .selectFrom('groups')
    .innerJoin('schools', 'schools.id', 'groups.school_id')
    .select(['schools.id', 'schools.name', 'schools.time_zone as timeZone', 'groups.name as groupName', 'groups.subject'])
    .where('groups.id', '=', groupId)
    .executeTakeFirst();
}

/** A school's own settings. */
export function findSchool(db: Kysely<Database>, schoolId: string) {
  return db.selectFrom('schools').select(['id', 'name', 'time_zone as timeZone']).where('id', '=', schoolId).executeTakeFirst();
}

export async function setSchoolTimeZone(db: Kysely<Database>, schoolId: string, timeZone: string): Promise<void> {
  await db.updateTable('schools').set({ time_zone: timeZone }).where('id', '=', schoolId).execute();
}

/** The time zone of the school a user belongs to (China's for a user outside any school). */
export async function timeZoneOfUser(db: Kysely<Database>, userId: string): Promise<string> {
  const row = await db
    .selectFrom('users')
    .innerJoin('schools', 'schools.id', 'users.school_id')
    .select('schools.time_zone')
    .where('users.id', '=', userId)
    .executeTakeFirst();
  return row?.time_zone ?? defaultSchoolTimeZone;
}

/** The time zone of the school a group belongs to. */
export async function timeZoneOfGroup(db: Kysely<Database>, groupId: string): Promise<string> {
  return (await findSchoolOfGroup(db, groupId))?.timeZone ?? defaultSchoolTimeZone;
}
