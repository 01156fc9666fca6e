import type { Kysely } from 'kysely';
import { copyAccess, type Access } from '../../shared/workflow/access.ts';
import { findMembership } from '../db/repos/groups.ts';
import type { Database } from '../db/schema.ts';

/** A class copy: its owner edits, the guide's group reads, nobody else sees it. */
export async function copyPermissions(
  db: Kysely<Database>,
  copy: { owner_id: string; guide_id: string },
  userId: string,
): Promise<Access> {
  if (copy.owner_id === userId) return copyAccess({ isOwner: true, inGroup: true });
  const guide = await db.selectFrom('guides').select('group_id').where('id', '=', copy.guide_id).executeTakeFirst();
  const membership = guide ? await findMembership(db, guide.group_id, userId) : undefined;
  return copyAccess({ isOwner: false, inGroup: Boolean(membership) });
}
