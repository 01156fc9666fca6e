import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

/** A school's subject groups with their members (leader first). */
export async function listSchoolGroups(db: Db, schoolId: string, groupIds?: string[]) {
  let query = db.selectFrom('groups').selectAll().where('school_id', '=', schoolId);
  if (groupIds) query = query.where('id', 'in', groupIds.length > 0 ? groupIds : ['']);
  const groups = await query.orderBy('grade').orderBy('subject').orderBy('name').execute();
  const members =
    groups.length === 0
      ? []
      : await db
          .selectFrom('group_members')
          .innerJoin('users', 'users.id', 'group_members.user_id')
          .select(['group_members.group_id', 'users.id', 'users.name', 'users.username', 'group_members.role'])
          .where(
            'group_members.group_id',
            'in',
            groups.map((group) => group.id),
          )
          .orderBy('users.username')
          .execute();
  return groups.map((group) => {
    const own = members.filter((member) => member.group_id === group.id);
    const leader = own.find((member) => member.role === 'leader');
    return {
      id: group.id,
      name: group.name,
      subject: group.subject,
      grade: group.grade,
      leader: leader ? { id: leader.id, name: leader.name } : null,
      members: [...own.filter((member) => member.role === 'leader'), ...own.filter((member) => member.role !== 'leader')].map(
        (member) => ({ id: member.id, name: member.name, role: member.role }),
      ),
    };
  });
}

/** A school's classes, with their group and teachers. */
export async function listSchoolClasses(db: Db, schoolId: string, classIds?: string[]) {
  let query = db
    .selectFrom('classes')
    .innerJoin('groups', 'groups.id', 'classes.group_id')
    .select(['classes.id', 'classes.name', 'classes.grade', 'classes.group_id', 'groups.name as group_name'])
    .where('groups.school_id', '=', schoolId);
  if (classIds) query = query.where('classes.id', 'in', classIds.length > 0 ? classIds : ['']);
  const classes = await query.orderBy('classes.grade').orderBy('classes.name').execute();
  const teachers =
    classes.length === 0
      ? []
      : await db
          .selectFrom('teaching_assignments')
          .innerJoin('users', 'users.id', 'teaching_assignments.user_id')
          .select(['teaching_assignments.class_id', 'users.id', 'users.name'])
          .where(
            'teaching_assignments.class_id',
            'in',
            classes.map((schoolClass) => schoolClass.id),
          )
          .orderBy('users.username')
          .execute();
  return classes.map((schoolClass) => ({
    id: schoolClass.id,
    name: schoolClass.name,
    grade: schoolClass.grade === null ? null : Number(schoolClass.grade),
    groupId: schoolClass.group_id,
    groupName: schoolClass.group_name,
    teachers: teachers.filter((teacher) => teacher.class_id === schoolClass.id).map(({ id, name }) => ({ id, name })),
  }));
}

/** A school's terms, the latest first. */
export async function listTerms(db: Db, schoolId: string) {
  const rows = await db.selectFrom('terms').selectAll().where('school_id', '=', schoolId).orderBy('start_date', 'desc').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, startDate: row.start_date, endDate: row.end_date }));
}

/** The terms of a subject group's school, the latest first, with the school. */
export async function listGroupTerms(db: Db, groupId: string) {
  const group = await db.selectFrom('groups').select('school_id').where('id', '=', groupId).executeTakeFirstOrThrow();
  return { schoolId: group.school_id, terms: await listTerms(db, group.school_id) };
}

/** The groups and classes of the given users, for the teachers' list. */
export async function groupsAndClassesOfUsers(db: Db, userIds: string[]) {
  if (userIds.length === 0) return { groups: [], classes: [] };
  const [groups, classes] = await Promise.all([
    db
      .selectFrom('group_members')
      .innerJoin('groups', 'groups.id', 'group_members.group_id')
      .select(['group_members.user_id', 'groups.id', 'groups.name', 'group_members.role'])
      .where('group_members.user_id', 'in', userIds)
      .orderBy('groups.name')
      .execute(),
    db
      .selectFrom('teaching_assignments')
      .innerJoin('classes', 'classes.id', 'teaching_assignments.class_id')
      .select(['teaching_assignments.user_id', 'classes.id', 'classes.name'])
      .where('teaching_assignments.user_id', 'in', userIds)
      .orderBy('classes.name')
      .execute(),
  ]);
  return { groups, classes };
}

/** Which of these ids are active users of the school. */
export async function activeSchoolUserIds(db: Db, schoolId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('active', '=', 1)
    .where('id', 'in', userIds)
    .execute();
  return new Set(rows.map((row) => row.id));
}
