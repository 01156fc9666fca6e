import type { AppContext } from '../appContext.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { hashSessionToken } from '../auth/sessionToken.ts';
import { userAccessChanged } from '../collab/userConnections.ts';
import { ApiError } from '../errors.ts';

export interface PasswordChangerProps {
  app: Pick<AppContext, 'database' | 'hocuspocus' | 'instanceEvents'>;
  userId: string;
  /** The session the change is made from, which stays signed in. */
  sessionToken: string;
  current: string;
  next: string;
}

/**
 * A teacher changes their own password (and so leaves the initial one the 教务处 gave them).
 * The current password must be right; the teacher's other sessions end, and their editor
 * connections close, so whoever knew the old password is out.
 */
export async function passwordChanger({ app, userId, sessionToken, current, next }: PasswordChangerProps): Promise<void> {
  const { db } = app.database;
  const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', userId).executeTakeFirst();
  if (!user || !(await verifyPassword(current, user.password_hash))) {
    throw new ApiError(400, 'wrong_password', '当前密码不正确', ['current']);
  }
  if (current === next) throw new ApiError(400, 'invalid_body', '新密码不能与当前密码相同', ['next']);
  const passwordHash = await hashPassword(next);
  await db.transaction().execute(async (transaction) => {
    await transaction.updateTable('users').set({ password_hash: passwordHash, must_change_password: 0 }).where('id', '=', userId).execute();
    await transaction
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('token_hash', '!=', hashSessionToken(sessionToken))
      .execute();
  });
  await userAccessChanged(app, userId);
}
