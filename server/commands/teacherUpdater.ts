import type { SchoolRole } from '../../shared/workflow/policy.ts';
import type { AppContext } from '../appContext.ts';
import { initialPassword } from '../auth/initialPassword.ts';
import { hashPassword } from '../auth/password.ts';
import { userAccessChanged } from '../collab/userConnections.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { deleteUserSessions, findSchoolUser, replaceSchoolRoles } from '../db/repos/schoolUsers.ts';
import { ApiError, notFound } from '../errors.ts';

export interface TeacherUpdaterProps {
  app: Pick<AppContext, 'database' | 'hocuspocus' | 'instanceEvents'>;
  actorId: string;
  schoolId: string;
  userId: string;
  change: {
    active?: boolean;
    /** true: a new initial password is made here; a string: that one. */
    resetPassword?: true | string;
    name?: string;
    roles?: SchoolRole[];
  };
}

/** Active administrators of the school besides this user. */
async function otherActiveAdmins(app: TeacherUpdaterProps['app'], schoolId: string, userId: string): Promise<number> {
  const rows = await app.database.db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('users.id')
    .where('user_roles.role', '=', 'admin')
    .where('users.school_id', '=', schoolId)
    .where('users.active', '=', 1)
    .where('users.id', '!=', userId)
    .execute();
  return rows.length;
}

/**
 * The 教务处 changes a teacher's account: renames them, gives or takes the admin role, resets
 * the password (a new initial password, changed at the next login) or deactivates them (a
 * teacher who left) and activates them again. A reset or a deactivation ends every session of
 * the teacher and closes their open editor connections on every instance; their guides and
 * class copies stay. The school always keeps one active administrator. Answers the new
 * initial password when one was made.
 */
export async function teacherUpdater({ app, actorId, schoolId, userId, change }: TeacherUpdaterProps): Promise<{ initialPassword?: string }> {
  const { db } = app.database;
  const user = await findSchoolUser(db, schoolId, userId);
  if (!user) throw notFound('Teacher');
  const losesAdmin = (change.active === false || (change.roles && !change.roles.includes('admin'))) ?? false;
  if (losesAdmin && (await otherActiveAdmins(app, schoolId, userId)) === 0) {
    const isAdmin = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).where('role', '=', 'admin').executeTakeFirst();
    if (isAdmin) throw new ApiError(409, 'last_admin', '学校至少要保留一位在职的管理员（教务处）');
  }

  const newPassword = change.resetPassword === true ? initialPassword() : change.resetPassword;
  const passwordHash = newPassword === undefined ? null : await hashPassword(newPassword);
  const deactivates = change.active === false && user.active === 1;
  const endsSessions = deactivates || passwordHash !== null;
  const lines: { action: string; summary: string }[] = [];

  await db.transaction().execute(async (transaction) => {
    if (change.name !== undefined && change.name !== user.name) {
      await transaction.updateTable('users').set({ name: change.name }).where('id', '=', userId).execute();
      lines.push({ action: 'user.rename', summary: `将教师 ${user.name}（${user.username}）改名为 ${change.name}` });
    }
    if (change.active !== undefined && (change.active ? 1 : 0) !== user.active) {
      await transaction.updateTable('users').set({ active: change.active ? 1 : 0 }).where('id', '=', userId).execute();
      lines.push({
        action: change.active ? 'user.activate' : 'user.deactivate',
        summary: `${change.active ? '恢复' : '停用'}教师 ${user.name}（${user.username}）的账号`,
      });
    }
    if (passwordHash !== null) {
      await transaction.updateTable('users').set({ password_hash: passwordHash, must_change_password: 1 }).where('id', '=', userId).execute();
      lines.push({ action: 'user.resetPassword', summary: `重置教师 ${user.name}（${user.username}）的密码` });
    }
    if (change.roles !== undefined) {
      const before = await transaction.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
      const had = before.some((row) => row.role === 'admin');
      const has = change.roles.includes('admin');
      await replaceSchoolRoles(transaction, userId, change.roles);
      if (had !== has) {
        lines.push({ action: 'user.roles', summary: `${has ? '授予' : '取消'} ${user.name}（${user.username}）管理员（教务处）权限` });
      }
    }
    if (endsSessions) await deleteUserSessions(transaction, userId);
    for (const line of lines) await recordAudit(transaction, { schoolId, actorId, targetId: userId, ...line });
  });

  // Their sessions are gone: every open editor connection of theirs closes, here and on every instance.
  if (endsSessions) await userAccessChanged(app, userId);
  return newPassword === undefined ? {} : { initialPassword: newPassword };
}
