import type { Kysely } from 'kysely';
import { type Access } from '../shared/workflow/access.ts';
import {
  decideCopy,
  decideGroup,
  termReportScope,
  decideGuide,
  decideSchool,
  documentAccessOf,
  type CopyFacts,
  type CopyVerb,
  type Decision,
  type GroupVerb,
  type GuideFacts,
  type GuideVerb,
  type SchoolVerb,
} from '../shared/workflow/policy.ts';
import { rolesFor, type GuideRole } from '../shared/workflow/roles.ts';
import { availableActions, type Action } from '../shared/workflow/transitions.ts';
import type { Database } from './db/schema.ts';
import { findCopyRow } from './db/repos/copies.ts';
import { findMembership } from './db/repos/groups.ts';
import { findGuideRow } from './db/repos/guides.ts';
import { findSchoolStanding } from './db/repos/schoolUsers.ts';
import { ApiError } from './errors.ts';

/**
 * The one way a request or a connection is authorized: load what it is about once, gather
 * the facts the policy needs (shared/workflow/policy.ts), decide, and either return what was
 * loaded or throw the policy's refusal as the API answers it.
 */

type Db = Kysely<Database>;

export type GuideRow = NonNullable<Awaited<ReturnType<typeof findGuideRow>>>;
export type CopyRow = NonNullable<Awaited<ReturnType<typeof findCopyRow>>>;

/** The user's roles for a guide, the access its stage gives them, and the actions open to them. */
export interface GuidePermissions {
  roles: GuideRole[];
  access: Access;
  actions: Action[];
}

function enforce(decision: Decision): void {
  if (!decision.ok) throw new ApiError(decision.status, decision.code, decision.message);
}

async function guideFactsOf(db: Db, guide: Pick<GuideRow, 'group_id' | 'lead_drafter_id' | 'stage'>, userId: string) {
  const membership = await findMembership(db, guide.group_id, userId);
  const roles = rolesFor({ groupRole: membership?.role ?? null, isLeadDrafter: guide.lead_drafter_id === userId });
  const stage = guide.stage;
  const permissions: GuidePermissions = {
    roles,
    access: documentAccessOf({ kind: 'guide', facts: { stage, roles } }),
    actions: availableActions(stage, roles),
  };
  return { facts: { stage, roles } satisfies GuideFacts, permissions };
}

/** A guide row's permissions for a user, when the row is already loaded (lists, presenters). */
export async function guidePermissions(
  db: Db,
  guide: Pick<GuideRow, 'group_id' | 'lead_drafter_id' | 'stage'>,
  userId: string,
): Promise<GuidePermissions> {
  return (await guideFactsOf(db, guide, userId)).permissions;
}

/**
 * Loads a guide and authorizes the verb: a guide that does not exist and a guide the user
 * may not see both answer 404, so nobody outside a group learns what it holds.
 */
export async function authorizeGuide(
  db: Db,
  userId: string,
  guideId: string,
  verb: GuideVerb,
  extra: Pick<GuideFacts, 'isThreadAuthor'> = {},
): Promise<{ guide: GuideRow; permissions: GuidePermissions }> {
  const guide = await findGuideRow(db, guideId);
  if (!guide) throw new ApiError(404, 'not_found', 'Guide not found');
  const { facts, permissions } = await guideFactsOf(db, guide, userId);
  enforce(decideGuide(verb, { ...facts, ...extra }));
  return { guide, permissions };
}

async function copyFactsOf(db: Db, copy: Pick<CopyRow, 'owner_id' | 'guide_id'>, userId: string): Promise<CopyFacts> {
  if (copy.owner_id === userId) return { isOwner: true, inGroup: true };
  const guide = await db.selectFrom('guides').select('group_id').where('id', '=', copy.guide_id).executeTakeFirst();
  const membership = guide ? await findMembership(db, guide.group_id, userId) : undefined;
  return { isOwner: false, inGroup: Boolean(membership) };
}

/** A class copy's access for a user, when the row is already loaded. */
export async function copyPermissions(db: Db, copy: Pick<CopyRow, 'owner_id' | 'guide_id'>, userId: string): Promise<Access> {
  return documentAccessOf({ kind: 'copy', facts: await copyFactsOf(db, copy, userId) });
}

/** The user's role in the group of a class copy's guide (a leader sees how the group's copies compare), or null. */
export async function copyGroupRole(db: Db, copy: Pick<CopyRow, 'guide_id'>, userId: string): Promise<'leader' | 'member' | null> {
  const guide = await db.selectFrom('guides').select('group_id').where('id', '=', copy.guide_id).executeTakeFirst();
  const membership = guide ? await findMembership(db, guide.group_id, userId) : undefined;
  return membership?.role ?? null;
}

/** Loads a class copy and authorizes the verb; unseen and missing copies both answer 404. */
export async function authorizeCopy(
  db: Db,
  userId: string,
  copyId: string,
  verb: CopyVerb,
): Promise<{ copy: CopyRow; access: Access }> {
  const copy = await findCopyRow(db, copyId);
  if (!copy) throw new ApiError(404, 'not_found', 'Class copy not found');
  const facts = await copyFactsOf(db, copy, userId);
  enforce(decideCopy(verb, facts));
  return { copy, access: documentAccessOf({ kind: 'copy', facts }) };
}

/** Authorizes the verb on a subject group from the user's membership, which it returns. */
export async function authorizeGroup(db: Db, userId: string, groupId: string, verb: GroupVerb) {
  const membership = await findMembership(db, groupId, userId);
  const groupRole = membership?.role ?? null;
  // Whether the user is the 教务处 of the group's school matters only outside the group.
  const schoolAdmin = groupRole === null ? await isSchoolAdminOf(db, userId, groupId) : false;
  enforce(decideGroup(verb, { groupRole, schoolAdmin }));
  return { membership: membership ?? null, termReportScope: termReportScope({ groupRole, schoolAdmin }) };
}

async function isSchoolAdminOf(db: Db, userId: string, groupId: string): Promise<boolean> {
  const [standing, group] = await Promise.all([
    findSchoolStanding(db, userId),
    db.selectFrom('groups').select('school_id').where('id', '=', groupId).executeTakeFirst(),
  ]);
  return Boolean(group && standing.schoolId === group.school_id && standing.roles.includes('admin'));
}

/**
 * Authorizes a verb of the school's administration (教务处) from the user's school roles, and
 * answers the school it acts on. Everyone who is not an admin of a school gets 403.
 */
export async function authorizeSchool(db: Db, userId: string, verb: SchoolVerb): Promise<{ schoolId: string }> {
  const standing = await findSchoolStanding(db, userId);
  enforce(decideSchool(verb, { roles: standing.roles }));
  if (!standing.schoolId) throw new ApiError(403, 'not_admin', '你的账号不属于任何学校');
  return { schoolId: standing.schoolId };
}

/**
 * What a user may read across many guides at once (search, lists): the groups whose guides
 * they may see, and the policy's read decision for a loaded guide or class copy, from their
 * memberships loaded once. A query narrows by `groupIds` (and the copies the user owns); each
 * row it answers is then decided here before anyone sees it.
 */
export async function readingScope(db: Db, userId: string) {
  const memberships = await db.selectFrom('group_members').select(['group_id', 'role']).where('user_id', '=', userId).execute();
  const roleIn = new Map(memberships.map((membership) => [membership.group_id, membership.role]));
  return {
    groupIds: [...roleIn.keys()],
    mayReadGuide: (guide: Pick<GuideRow, 'group_id' | 'lead_drafter_id' | 'stage'>) =>
      decideGuide('read', {
        stage: guide.stage,
        roles: rolesFor({ groupRole: roleIn.get(guide.group_id) ?? null, isLeadDrafter: guide.lead_drafter_id === userId }),
      }).ok,
    /** `group_id` is the group of the guide the copy was made from. */
    mayReadCopy: (copy: { owner_id: string; group_id: string }) =>
      decideCopy('read', { isOwner: copy.owner_id === userId, inGroup: roleIn.has(copy.group_id) }).ok,
  };
}

/** What blocks are copied into (从其他导学案复制): a guide or a class copy. */
export interface WriteTarget {
  kind: 'guide' | 'copy';
  id: string;
}

/**
 * Authorizes putting content into a living document from outside its editor (blocks copied from
 * another guide): the user must edit it, or suggest in it — their additions then arrive as
 * suggestions, which the suggestion guard checks like any other. A document the user may not
 * see answers 404; one they may only read or comment on, 403.
 */
export async function authorizeDocumentWrite(
  db: Db,
  userId: string,
  target: WriteTarget,
): Promise<{ guideId: string; copyId: string | null; access: Access }> {
  const opened =
    target.kind === 'guide'
      ? await authorizeGuide(db, userId, target.id, 'read').then(({ guide, permissions }) => ({
          guideId: guide.id,
          copyId: null,
          access: permissions.access,
        }))
      : await authorizeCopy(db, userId, target.id, 'read').then(({ copy, access }) => ({ guideId: copy.guide_id, copyId: copy.id, access }));
  if (opened.access !== 'edit' && opened.access !== 'suggest') {
    throw new ApiError(403, 'read_only', '你现在不能修改这份导学案，不能往里复制板块');
  }
  return opened;
}
