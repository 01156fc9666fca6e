import { randomUUID } from 'node:crypto';
import type { RosterImportResult } from '../../shared/schemas/admin.ts';
import type { AppContext } from '../appContext.ts';
import { initialPassword } from '../auth/initialPassword.ts';
import { hashPassword } from '../auth/password.ts';
import { isUniqueViolation } from '../db/isUniqueViolation.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { takenUsernames } from '../db/repos/schoolUsers.ts';
import { ApiError } from '../errors.ts';
import { readRosterFile } from '../roster/readRosterFile.ts';
import { rosterRows } from '../roster/rosterRows.ts';

export interface RosterImporterProps {
  app: Pick<AppContext, 'database'>;
  actorId: string;
  schoolId: string;
  /** The uploaded .xlsx or .csv. */
  bytes: Uint8Array;
  /** Write the teachers; otherwise only answer the preview. */
  commit: boolean;
}

/**
 * Imports the school's roster (花名册): reads the file, checks every row and answers the
 * preview. With `commit` and every row fine, writes all teachers at once with initial
 * passwords they change at the first login, and has each teach the classes the roster names
 * that already exist; with a single bad row nothing is written (422 with the rows).
 */
export async function rosterImporter({ app, actorId, schoolId, bytes, commit }: RosterImporterProps): Promise<RosterImportResult> {
  const { db } = app.database;
  const table = await readRosterFile(bytes);
  // Read once to learn the usernames, then again knowing which of them are taken.
  const usernames = [...new Set(rosterRows(table, new Set()).map((row) => row.username))];
  const rows = rosterRows(table, await takenUsernames(db, usernames));
  if (!commit) return { rows, committed: false, created: [] };

  const bad = rows.filter((row) => !row.ok);
  if (bad.length > 0) {
    throw new ApiError(422, 'roster_invalid', `花名册有 ${bad.length} 行有错误，没有导入任何教师；请改正后再导入`, undefined, { rows });
  }
  if (rows.length === 0) throw new ApiError(422, 'roster_invalid', '花名册中没有教师', undefined, { rows });

  const teachers = await Promise.all(
    rows.map(async (row) => {
      const password = initialPassword();
      return { row, id: randomUUID(), password, passwordHash: await hashPassword(password) };
    }),
  );
  const classes = await db
    .selectFrom('classes')
    .innerJoin('groups', 'groups.id', 'classes.group_id')
    .select(['classes.id', 'classes.name'])
    .where('groups.school_id', '=', schoolId)
    .execute();
  const classIdsByName = new Map<string, string[]>();
  for (const schoolClass of classes) classIdsByName.set(schoolClass.name, [...(classIdsByName.get(schoolClass.name) ?? []), schoolClass.id]);

  const now = new Date().toISOString();
  try {
    await db.transaction().execute(async (transaction) => {
      for (const { row, id, passwordHash } of teachers) {
        await transaction
          .insertInto('users')
          .values({
            id,
            username: row.username,
            name: row.name,
            password_hash: passwordHash,
            created_at: now,
            school_id: schoolId,
            must_change_password: 1,
            phone: row.phone,
            subjects: JSON.stringify(row.subjects),
            grades: JSON.stringify(row.grades),
            class_names: JSON.stringify(row.classNames),
          })
          .execute();
        const classIds = row.classNames.flatMap((name) => classIdsByName.get(name) ?? []);
        if (classIds.length > 0) {
          await transaction.insertInto('teaching_assignments').values(classIds.map((classId) => ({ class_id: classId, user_id: id }))).execute();
        }
      }
      await recordAudit(transaction, {
        schoolId,
        actorId,
        action: 'roster.import',
        summary: `导入花名册：${teachers.length} 位教师（${teachers.slice(0, 5).map(({ row }) => row.name).join('、')}${teachers.length > 5 ? '等' : ''}）`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError(409, 'username_taken', '导入时有用户名刚被占用，请重新预览后再导入');
    throw error;
  }
  return {
    rows,
    committed: true,
    created: teachers.map(({ row, id, password }) => ({ id, username: row.username, name: row.name, initialPassword: password })),
  };
}
