import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The groups a user belongs to, with their role and school. */
export function listUserGroups(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('group_members')
    .innerJoin('groups', 'groups.id', 'group_members.group_id')
    .innerJoin('schools', 'schools.id', 'groups.school_id')
    .select([
      'groups.id',
      'groups.name',
      'groups.subject',
      'groups.grade',
      'schools.name as schoolName',
      'group_members.role',
    ])
    .where('group_members.user_id', '=', userId)
    .orderBy('groups.name')
    .execute();
}

export function findMembership(db: Kysely<Database>, groupId: string, userId: string) {
  return db
    .selectFrom('group_members')
    .select(['role'])
    .where('group_id', '=', groupId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function listGroupMembers(db: Kysely<Database>, groupId: string) {
  return db
    .selectFrom('group_members')
    .innerJoin('users', 'users.id', 'group_members.user_id')
    .select(['users.id', 'users.name', 'group_members.role'])
    .where('group_members.group_id', '=', groupId)
    .orderBy('users.username')
    .execute();
}

/** The classes a user teaches. */
export function listUserClasses(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('teaching_assignments')
    .innerJoin('classes', 'classes.id', 'teaching_assignments.class_id')
    .select(['classes.id', 'classes.name', 'classes.group_id as groupId'])
    .where('teaching_assignments.user_id', '=', userId)
    .orderBy('classes.name')
    .execute();
}

export function findGroup(db: Kysely<Database>, groupId: string) {
  return db.selectFrom('groups').selectAll().where('id', '=', groupId).executeTakeFirst();
}

/** Makes a user a member of a group with a role, or changes their role there. */
export async function setGroupMember(db: Kysely<Database>, groupId: string, userId: string, role: 'leader' | 'member'): Promise<void> {
  await db
    .insertInto('group_members')
    .values({ group_id: groupId, user_id: userId, role })
    .onConflict((conflict) => conflict.columns(['group_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

/** Takes a user out of a group; whether they were in it. */
export async function removeGroupMember(db: Kysely<Database>, groupId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('group_members').where('group_id', '=', groupId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
