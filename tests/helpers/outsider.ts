import { hashPassword } from '../../server/auth/password.ts';
import { queryTestDatabase, type TestDatabaseLocation } from './testDatabase.ts';

/**
 * Adds a second school's group with one teacher (username `outsider`, password demo1234)
 * straight into a test server's database, to prove that people outside a guide's group
 * cannot see it.
 */
export async function addOutsideTeacher(location: TestDatabaseLocation): Promise<void> {
  const now = new Date().toISOString();
  const hash = await hashPassword('demo1234');
  const statements: [string, unknown[]][] = [
    ["insert into schools (id, name) values ('school-other', '第二中学')", []],
    ["insert into groups (id, school_id, name, subject, grade) values ('group-other', 'school-other', '八年级数学备课组', '数学', 8)", []],
    ["insert into classes (id, group_id, name) values ('class-other-1', 'group-other', '八年级(1)班')", []],
    ["insert into users (id, username, name, password_hash, created_at) values ('user-outsider', 'outsider', '赵敏', ?, ?)", [hash, now]],
    ["insert into group_members (group_id, user_id, role) values ('group-other', 'user-outsider', 'leader')", []],
    ["insert into teaching_assignments (class_id, user_id) values ('class-other-1', 'user-outsider')", []],
  ];
  for (const [sql, params] of statements) await queryTestDatabase(location, sql, params);
}
