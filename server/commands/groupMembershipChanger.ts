import { removeGroupMember, setGroupMember } from '../db/repos/groups.ts';
import { userAccessChanged } from '../collab/userConnections.ts';
import type { AppContext } from '../appContext.ts';

export interface GroupMembershipChangerProps {
  app: AppContext;
  groupId: string;
  userId: string;
  /** The user's role in the group from now on, or null to take them out of it. */
  role: 'leader' | 'member' | null;
}

/**
 * Puts a teacher into a subject group, changes their role there or takes them out, and then
 * decides again what their open editor connections may do, on every instance: taken out of
 * the group, they can no longer read its guides and those connections close (4403); a new
 * role changes what they may do at once. The caller (the school administration's route) has
 * checked that the actor may manage the group.
 */
export async function groupMembershipChanger({ app, groupId, userId, role }: GroupMembershipChangerProps): Promise<void> {
  const { db } = app.database;
  if (role === null) await removeGroupMember(db, groupId, userId);
  else await setGroupMember(db, groupId, userId, role);
  await userAccessChanged(app, userId);
}
