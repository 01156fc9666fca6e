import type { AppContext } from '../appContext.ts';
import { userAccessChanged } from '../collab/userConnections.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { findUserNames } from '../db/repos/users.ts';
import { notFound } from '../errors.ts';
import { checkTeacherIds } from './subjectGroupCreator.ts';

export interface SubjectGroupUpdaterProps {
  app: Pick<AppContext, 'database' | 'hocuspocus' | 'instanceEvents'>;
  actorId: string;
  schoolId: string;
  groupId: string;
  change: { name?: string; leaderId?: string; memberIds?: string[] };
}

type Role = 'leader' | 'member';

/**
 * The 教务处 renames a subject group, names its leader or sets its members. Whoever is taken
 * out or changes role has their open editor connections decided again on every instance (a
 * teacher taken out can no longer read the group's guides; their connections close). The
 * leader is always a member; the old leader stays as a member unless left out of memberIds.
 */
export async function subjectGroupUpdater({ app, actorId, schoolId, groupId, change }: SubjectGroupUpdaterProps): Promise<void> {
  const { db } = app.database;
  const group = await db.selectFrom('groups').selectAll().where('id', '=', groupId).where('school_id', '=', schoolId).executeTakeFirst();
  if (!group) throw notFound('Group');
  await checkTeacherIds(app, schoolId, change.leaderId, change.memberIds);

  const current = new Map<string, Role>(
    (await db.selectFrom('group_members').select(['user_id', 'role']).where('group_id', '=', groupId).execute()).map((row) => [
      row.user_id,
      row.role,
    ]),
  );
  const leaderId = change.leaderId ?? [...current].find(([, role]) => role === 'leader')?.[0];
  const memberIds = change.memberIds ?? [...current.keys()];
  const next = new Map<string, Role>(memberIds.map((id) => [id, 'member']));
  if (leaderId) next.set(leaderId, 'leader');

  const changed = [...new Set([...current.keys(), ...next.keys()])].filter((id) => current.get(id) !== next.get(id));
  const names = await findUserNames(db, changed);
  const nameOf = (id: string) => names.get(id) ?? id;

  await db.transaction().execute(async (transaction) => {
    if (change.name !== undefined && change.name !== group.name) {
      await transaction.updateTable('groups').set({ name: change.name }).where('id', '=', groupId).execute();
      await recordAudit(transaction, { schoolId, actorId, action: 'group.rename', targetId: groupId, summary: `备课组“${group.name}”改名为“${change.name}”` });
    }
    for (const userId of changed) {
      const role = next.get(userId);
      if (role === undefined) {
        await transaction.deleteFrom('group_members').where('group_id', '=', groupId).where('user_id', '=', userId).execute();
      } else {
        await transaction
          .insertInto('group_members')
          .values({ group_id: groupId, user_id: userId, role })
          .onConflict((conflict) => conflict.columns(['group_id', 'user_id']).doUpdateSet({ role }))
          .execute();
      }
    }
    const described = changed.map((userId) => {
      const role = next.get(userId);
      if (role === undefined) return `移出 ${nameOf(userId)}`;
      if (role === 'leader') return `${nameOf(userId)} 任备课组长`;
      return current.has(userId) ? `${nameOf(userId)} 改为组员` : `加入 ${nameOf(userId)}`;
    });
    if (described.length > 0) {
      await recordAudit(transaction, {
        schoolId,
        actorId,
        action: 'group.members',
        targetId: groupId,
        summary: `备课组“${change.name ?? group.name}”：${described.join('，')}`,
      });
    }
  });

  // What each of them may do with the group's guides has changed: decided again everywhere.
  for (const userId of changed) await userAccessChanged(app, userId);
}
