import type { Kysely } from 'kysely';
import { guideAccess, type Access } from '../../shared/workflow/access.ts';
import { rolesFor, type GuideRole } from '../../shared/workflow/roles.ts';
import type { Stage } from '../../shared/workflow/stages.ts';
import { availableActions, type Action } from '../../shared/workflow/transitions.ts';
import { findMembership } from '../db/repos/groups.ts';
import type { Database } from '../db/schema.ts';

export interface GuidePermissions {
  roles: GuideRole[];
  access: Access;
  actions: Action[];
}

/** The user's roles for a guide, the access its stage gives them, and the actions open to them. */
export async function guidePermissions(
  db: Kysely<Database>,
  guide: { group_id: string; lead_drafter_id: string; stage: string },
  userId: string,
): Promise<GuidePermissions> {
  const membership = await findMembership(db, guide.group_id, userId);
  const roles = rolesFor({ groupRole: membership?.role ?? null, isLeadDrafter: guide.lead_drafter_id === userId });
  const stage = guide.stage as Stage;
  return { roles, access: guideAccess(stage, roles), actions: availableActions(stage, roles) };
}
