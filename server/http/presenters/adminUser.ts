import type { Kysely, Selectable } from 'kysely';
import type { AdminUser } from '../../../shared/schemas/admin.ts';
import type { Database } from '../../db/schema.ts';
import { groupsAndClassesOfUsers } from '../../db/repos/schoolAdmin.ts';
import { rolesOfUsers } from '../../db/repos/schoolUsers.ts';

type UserRow = Selectable<Database['users']>;

function jsonList<Item>(text: string): Item[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as Item[]) : [];
  } catch {
    return [];
  }
}

/** Teachers as the administration's list shows them: account, roster fields, roles, groups and classes. */
export async function presentAdminUsers(
  db: Kysely<Database>,
  rows: Pick<UserRow, 'id' | 'username' | 'name' | 'active' | 'must_change_password' | 'phone' | 'subjects' | 'grades' | 'class_names'>[],
): Promise<AdminUser[]> {
  const ids = rows.map((row) => row.id);
  const [roles, { groups, classes }] = await Promise.all([rolesOfUsers(db, ids), groupsAndClassesOfUsers(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    name: row.name,
    active: Number(row.active) === 1,
    mustChangePassword: Number(row.must_change_password) === 1,
    roles: roles.get(row.id) ?? [],
    phone: row.phone ?? null,
    subjects: jsonList<string>(row.subjects),
    grades: jsonList<number>(row.grades),
    classNames: jsonList<string>(row.class_names),
    groups: groups.filter((group) => group.user_id === row.id).map(({ id, name, role }) => ({ id, name, role })),
    classes: classes.filter((schoolClass) => schoolClass.user_id === row.id).map(({ id, name }) => ({ id, name })),
  }));
}
