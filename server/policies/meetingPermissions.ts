import type { Kysely } from 'kysely';
import { findGuideRow } from '../db/repos/guides.ts';
import type { Database } from '../db/schema.ts';
import { ApiError, notFound } from '../http/apiError.ts';
import { guidePermissions, type GuidePermissions } from './guidePermissions.ts';

/**
 * A guide for a meeting call, with the caller's permissions. Teachers outside the group get
 * 404, as for the guide itself: they must not learn that it exists.
 */
export async function loadMeetingGuide(db: Kysely<Database>, guideId: string, userId: string) {
  const guide = await findGuideRow(db, guideId);
  if (!guide) throw notFound('Guide');
  const permissions = await guidePermissions(db, guide, userId);
  if (permissions.access === 'none') throw notFound('Guide');
  return { guide, permissions };
}

/** The group leader (备课组长) convenes the meeting and keeps its record; others get 403. */
export function requireMeetingLeader(permissions: GuidePermissions, doing: string): void {
  if (!permissions.roles.includes('leader')) throw new ApiError(403, 'forbidden', `只有备课组长可以${doing}`);
}
