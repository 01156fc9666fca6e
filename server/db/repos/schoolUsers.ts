import type { Kysely } from 'kysely';
import type { SchoolRole } from '../../../shared/workflow/policy.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

/** The school-level roles and the school of a user. */
export async function findSchoolStanding(db: Db, userId: string): Promise<{ schoolId: string | null; roles: SchoolRole[] }> {
  const [user, roles] = await Promise.all([
    db.selectFrom('users').select(['school_id']).where('id', '=', userId).executeTakeFirst(),
    db.selectFrom('user_roles').select(['role']).where('user_id', '=', userId).execute(),
  ]);
  return { schoolId: user?.school_id ?? null, roles: roles.map((row) => row.role) };
}

/** A user's row with the administration's fields, if they belong to this school. */
export function findSchoolUser(db: Db, schoolId: string, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).where('school_id', '=', schoolId).executeTakeFirst();
}

/** Every user of a school, by name. */
export function listSchoolUsers(db: Db, schoolId: string) {
  return db.selectFrom('users').selectAll().where('school_id', '=', schoolId).orderBy('username').execute();
}

/** The roles of the given users. */
export async function rolesOfUsers(db: Db, userIds: string[]): Promise<Map<string, SchoolRole[]>> {
  const roles = new Map<string, SchoolRole[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return roles;
  const rows = await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', userIds).execute();
  for (const row of rows) roles.get(row.user_id)?.push(row.role);
  return roles;
}

/** The usernames among these that are taken (by anyone, in any school: usernames are unique). */
export async function takenUsernames(db: Db, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db.selectFrom('users').select(['username']).where('username', 'in', usernames).execute();
  return new Set(rows.map((row) => row.username));
}

/** Sets a user's school roles to exactly these. */
export async function replaceSchoolRoles(db: Db, userId: string, roles: readonly SchoolRole[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0) await db.insertInto('user_roles').values(roles.map((role) => ({ user_id: userId, role }))).execute();
}

/** Ends every session of a user (deactivation, a password reset): their tokens answer 401 from now on. */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
