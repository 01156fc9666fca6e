import { randomUUID } from 'node:crypto';
import type { CreateUserBody } from '../../shared/schemas/admin.ts';
import type { AppContext } from '../appContext.ts';
import { hashPassword } from '../auth/password.ts';
import { isUniqueViolation } from '../db/isUniqueViolation.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { takenUsernames } from '../db/repos/schoolUsers.ts';
import { ApiError } from '../errors.ts';

export interface TeacherCreatorProps {
  app: Pick<AppContext, 'database'>;
  actorId: string;
  schoolId: string;
  body: { username: string; name: string; password: string; subjects?: CreateUserBody['subjects'] };
}

const usernameTaken = (username: string) => new ApiError(409, 'username_taken', `用户名 ${username} 已被使用`, ['username']);

/**
 * The 教务处 adds one teacher with an initial password, which the teacher must change at the
 * first login. Answers the new teacher's id.
 */
export async function teacherCreator({ app, actorId, schoolId, body }: TeacherCreatorProps): Promise<string> {
  const { db } = app.database;
  if ((await takenUsernames(db, [body.username])).size > 0) throw usernameTaken(body.username);
  const id = randomUUID();
  const passwordHash = await hashPassword(body.password);
  try {
    await db.transaction().execute(async (transaction) => {
      await transaction
        .insertInto('users')
        .values({
          id,
          username: body.username,
          name: body.name,
          password_hash: passwordHash,
          created_at: new Date().toISOString(),
          school_id: schoolId,
          must_change_password: 1,
          subjects: JSON.stringify(body.subjects ?? []),
        })
        .execute();
      await recordAudit(transaction, {
        schoolId,
        actorId,
        action: 'user.create',
        targetId: id,
        summary: `添加教师 ${body.name}（${body.username}）`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken(body.username);
    throw error;
  }
  return id;
}
