import { randomUUID } from 'node:crypto';
import type { SetupResult } from '../../shared/schemas/admin.ts';
import type { AppContext } from '../appContext.ts';
import { hashPassword } from '../auth/password.ts';
import { isUniqueViolation } from '../db/isUniqueViolation.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { setupNeeded } from '../db/repos/setup.ts';
import { ApiError } from '../errors.ts';

export interface SchoolFounderProps {
  app: Pick<AppContext, 'database'>;
  schoolName: string;
  admin: { username: string; name: string; password: string };
}

/** The id of the school a setup makes: one installation, one school; a second setup collides on it. */
export const foundedSchoolId = 'school-main';

const alreadySetUp = () => new ApiError(409, 'already_set_up', '学校已经设置完成，请直接登录');

/**
 * The first start of an empty installation: makes the school and its first administrator
 * (教务处, role `admin`, who chose their own password). Refused with 409 once a school or a
 * user exists; two setups at once cannot both win, the second collides on the school's id.
 */
export async function schoolFounder({ app, schoolName, admin }: SchoolFounderProps): Promise<SetupResult> {
  const { db } = app.database;
  if (!(await setupNeeded(db))) throw alreadySetUp();
  const adminId = randomUUID();
  const passwordHash = await hashPassword(admin.password);
  try {
    await db.transaction().execute(async (transaction) => {
      await transaction.insertInto('schools').values({ id: foundedSchoolId, name: schoolName }).execute();
      await transaction
        .insertInto('users')
        .values({
          id: adminId,
          username: admin.username,
          name: admin.name,
          password_hash: passwordHash,
          created_at: new Date().toISOString(),
          school_id: foundedSchoolId,
        })
        .execute();
      await transaction.insertInto('user_roles').values({ user_id: adminId, role: 'admin' }).execute();
      await recordAudit(transaction, {
        schoolId: foundedSchoolId,
        actorId: adminId,
        action: 'setup',
        targetId: foundedSchoolId,
        summary: `设置学校“${schoolName}”，管理员 ${admin.name}（${admin.username}）`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadySetUp();
    throw error;
  }
  return { school: { id: foundedSchoolId, name: schoolName }, admin: { id: adminId, username: admin.username, name: admin.name } };
}
