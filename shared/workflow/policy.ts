import { guideAccess, mayComment, copyAccess, type Access } from './access.ts';
import type { GuideRole } from './roles.ts';
import type { Stage } from './stages.ts';
import { decideTransition, mayDecideSuggestions, mayResolveComment, type Action } from './transitions.ts';

/**
 * Who may do what, in one place: every request and every editor connection is decided here,
 * from facts the server loads once (the user's roles for a guide, its stage; the owner of a
 * class copy; the user's role in a group). Each rule reads as a sentence; the tests read the
 * rules as a table, like the stage × role table of access.ts.
 *
 * A refusal says how the API answers it: 404 where the user may not even learn that the
 * thing exists, 403 for the wrong person, 409 for the right person at the wrong stage.
 */
export type Decision =
  | { ok: true }
  | { ok: false; status: 403 | 404 | 409; code: string; message: string };

const allowed: Decision = { ok: true };
const refuse = (status: 403 | 404 | 409, code: string, message: string): Decision => ({ ok: false, status, code, message });
const hidden = (what: string): Decision => refuse(404, 'not_found', `${what} not found`);

/** What is known about a user and a guide. */
export interface GuideFacts {
  stage: Stage;
  roles: readonly GuideRole[];
  /** For resolving a comment thread: whether the user wrote its first comment. */
  isThreadAuthor?: boolean;
}

export type GuideVerb =
  | 'read'
  | 'comment'
  | 'resolveComment'
  | 'decideSuggestions'
  | 'harvest'
  | 'startMeeting'
  | 'endMeeting'
  | 'editMeetingRecord'
  | 'makeClassCopy'
  | 'restoreVersion'
  | 'importWord'
  | 'editHeader'
  | { transition: Action };

const isLeader = (facts: GuideFacts) => facts.roles.includes('leader');

/** Everything that follows needs a guide the user can see: anyone in its group. */
function readable(facts: GuideFacts): boolean {
  return guideAccess(facts.stage, facts.roles) !== 'none';
}

const meetingLeaderOnly = (doing: string) => (facts: GuideFacts) =>
  isLeader(facts) ? allowed : refuse(403, 'forbidden', `只有备课组长可以${doing}`);

const guideRules: Record<Exclude<GuideVerb, { transition: Action }>, (facts: GuideFacts) => Decision> = {
  // The group reads a guide at every stage; anyone else does not learn it exists.
  read: () => allowed,
  // Comments are open to whoever the stage gives comment access or more (everyone in the group).
  comment: (facts) =>
    mayComment(guideAccess(facts.stage, facts.roles)) ? allowed : refuse(403, 'forbidden', '你现在不能批注这份导学案'),
  // A thread is resolved by its author, the leader or the lead drafter.
  resolveComment: (facts) => {
    if (!mayComment(guideAccess(facts.stage, facts.roles))) return refuse(403, 'forbidden', '你现在不能处理这份导学案的批注');
    if (!mayResolveComment(facts.roles, facts.isThreadAuthor ?? false)) {
      return refuse(403, 'forbidden', '只有批注人、备课组长或主备教师可以解决批注');
    }
    return allowed;
  },
  // The leader and the lead drafter accept or reject suggestions, in review and revising.
  decideSuggestions: (facts) => {
    if (!mayDecideSuggestions('review', facts.roles)) return refuse(403, 'wrong_role', '只有备课组长或主备教师可以接受或拒绝建议');
    if (!mayDecideSuggestions(facts.stage, facts.roles)) {
      return refuse(409, 'wrong_stage', '只有在“集体审稿”或“修改完善”阶段才能处理建议');
    }
    return allowed;
  },
  // The leader takes what a class copy found back into the guide, while it is being revised.
  harvest: (facts) => {
    if (!isLeader(facts)) return refuse(403, 'wrong_role', '只有备课组长可以采纳复备中的内容');
    if (facts.stage !== 'revising') return refuse(409, 'wrong_stage', '只能在“修改完善”阶段采纳复备中的内容，请先重新修订导学案');
    return allowed;
  },
  // The leader convenes the review meeting, during the review.
  startMeeting: (facts) => {
    const role = meetingLeaderOnly('开始研讨会议')(facts);
    if (!role.ok) return role;
    return facts.stage === 'review' ? allowed : refuse(409, 'wrong_stage', '只有在“集体审稿”阶段才能开始研讨会议');
  },
  // The leader ends it and keeps its record, whatever the stage has become since.
  endMeeting: meetingLeaderOnly('结束研讨会议'),
  editMeetingRecord: meetingLeaderOnly('编辑研讨会议记录'),
  // Any teacher of the group makes a class copy (which class is theirs is checked against the data).
  makeClassCopy: () => allowed,
  // Restoring a saved version is an edit of the live guide: whoever may edit it at this stage.
  restoreVersion: (facts) => {
    if (guideAccess(facts.stage, facts.roles) === 'edit') return allowed;
    if (facts.stage === 'final') return refuse(409, 'wrong_stage', '定稿后不能恢复旧版本，请先重新修订');
    return refuse(403, 'forbidden', '只有现在可以直接编辑这份导学案的老师才能恢复旧版本');
  },
  // The lesson's lead drafter brings their Word file into it while drafting it (the leader imports new guides instead).
  importWord: (facts) => {
    if (!facts.roles.includes('leadDrafter')) return refuse(403, 'wrong_role', '只有这节课的主备教师可以把 Word 文件导入这份导学案');
    if (facts.stage !== 'drafting') return refuse(409, 'wrong_stage', '只有在“主备初稿”阶段才能导入 Word 文件');
    return allowed;
  },
  // The header (主备人, 审核人, 学科 …) is corrected by whoever may edit the guide at its stage.
  editHeader: (facts) => {
    if (guideAccess(facts.stage, facts.roles) === 'edit') return allowed;
    if (facts.stage === 'final') return refuse(409, 'wrong_stage', '定稿后不能修改表头，请先重新修订');
    return refuse(403, 'forbidden', '只有现在可以直接编辑这份导学案的老师才能修改表头');
  },
};

/** Whether a user with these facts may do this to a guide. */
export function decideGuide(verb: GuideVerb, facts: GuideFacts): Decision {
  if (!readable(facts)) return hidden('Guide');
  if (typeof verb === 'object') {
    const decision = decideTransition(verb.transition, facts.stage, facts.roles);
    return decision.ok ? allowed : refuse(decision.status, decision.code, decision.message);
  }
  return guideRules[verb](facts);
}

/** What is known about a user and a class copy (二次备课). */
export interface CopyFacts {
  isOwner: boolean;
  /** In the group of the guide the copy was made from. */
  inGroup: boolean;
}

export type CopyVerb = 'read' | 'pull' | 'recordTaught';

const copyRules: Record<CopyVerb, (facts: CopyFacts) => Decision> = {
  // The teacher who made it and the guide's group read a class copy.
  read: () => allowed,
  // Only its teacher merges a later final into it.
  pull: (facts) => (facts.isOwner ? allowed : refuse(403, 'not_copy_owner', '只有这份复备的任课教师可以合并定稿更新')),
  // Only its teacher records that the lesson was taught.
  recordTaught: (facts) => (facts.isOwner ? allowed : refuse(403, 'not_copy_owner', '只有这份复备的任课教师可以记录上课')),
};

export function decideCopy(verb: CopyVerb, facts: CopyFacts): Decision {
  if (copyAccess(facts) === 'none') return hidden('Class copy');
  return copyRules[verb](facts);
}

/**
 * What is known about a user and a subject group: their role in it, or null outside it, and
 * whether they are the 教务处 (admin) of the group's school.
 */
export interface GroupFacts {
  groupRole: 'leader' | 'member' | null;
  schoolAdmin?: boolean;
}

export type GroupVerb = 'read' | 'assignLesson' | 'editLabelSynonyms' | 'readCheckSettings' | 'editCheckSettings' | 'readTermReport';

/** What the 教务处 of the group's school may do without being in the group. */
const schoolAdminVerbs: ReadonlySet<GroupVerb> = new Set(['readCheckSettings', 'editCheckSettings', 'readTermReport']);

const notMember = refuse(403, 'not_group_member', '你不是该备课组的成员');

const groupRules: Record<GroupVerb, (facts: GroupFacts) => Decision> = {
  // Its members read a group's plan, members, reflections and label dictionary.
  read: () => allowed,
  // The leader assigns lessons (a lead drafter and a due date).
  assignLesson: (facts) => (facts.groupRole === 'leader' ? allowed : refuse(403, 'wrong_role', '只有备课组长可以分配备课任务')),
  // The leader keeps the group's label dictionary for Word import.
  editLabelSynonyms: (facts) =>
    facts.groupRole === 'leader' ? allowed : refuse(403, 'wrong_role', '只有备课组长可以修改标签词典'),
  // Members read the term report (their own line; the leader the group's), and so does the 教务处.
  readTermReport: () => allowed,
  // Its members read the school's 体检 rules, and so does the 教务处.
  readCheckSettings: () => allowed,
  // A leader or the 教务处 sets the school's 体检 rules (lesson length, model, tiers, required blocks).
  editCheckSettings: (facts) =>
    facts.groupRole === 'leader' || facts.schoolAdmin ? allowed : refuse(403, 'wrong_role', '只有备课组长或教务处可以修改体检设置'),
};

/**
 * How much of the term report a group's reader sees: its leader and the 教务处 the whole group,
 * a member their own line.
 */
export function termReportScope(facts: GroupFacts): 'group' | 'self' {
  return facts.groupRole === 'leader' || facts.schoolAdmin ? 'group' : 'self';
}

export function decideGroup(verb: GroupVerb, facts: GroupFacts): Decision {
  if (facts.groupRole === null && !(facts.schoolAdmin && schoolAdminVerbs.has(verb))) return notMember;
  return groupRules[verb](facts);
}

/** The access a user's connection to a living document gets (the socket's read-only flag follows from it). */
export function documentAccessOf(
  target: { kind: 'guide'; facts: GuideFacts } | { kind: 'copy'; facts: CopyFacts },
): Access {
  return target.kind === 'guide' ? guideAccess(target.facts.stage, target.facts.roles) : copyAccess(target.facts);
}

/** School-level roles, beside the roles a teacher has in a group: `admin` is the 教务处. */
export type SchoolRole = 'admin';

/** What is known about a user and their school: their school-level roles. */
export interface SchoolFacts {
  roles: readonly SchoolRole[];
}

export type SchoolVerb = 'manageUsers' | 'manageGroups' | 'manageClasses' | 'manageTerms' | 'manageSchool' | 'readAudit' | 'readReport';

const adminOnly = (doing: string) => (facts: SchoolFacts) =>
  facts.roles.includes('admin') ? allowed : refuse(403, 'not_admin', `只有教务处管理员可以${doing}`);

const schoolRules: Record<SchoolVerb, (facts: SchoolFacts) => Decision> = {
  // The 教务处 adds teachers, imports the roster, resets passwords and deactivates those who left.
  manageUsers: adminOnly('管理教师账号'),
  // The 教务处 makes subject groups and names their leaders and members.
  manageGroups: adminOnly('管理备课组'),
  // The 教务处 makes classes and says who teaches them.
  manageClasses: adminOnly('管理班级'),
  // The 教务处 sets the terms (学期).
  manageTerms: adminOnly('管理学期'),
  // The 教务处 sets the school's own settings (its time zone).
  manageSchool: adminOnly('设置学校'),
  // The 教务处 reads what the administration did.
  readAudit: adminOnly('查看操作记录'),
  // The 教务处 reads the whole school's term report.
  readReport: adminOnly('查看学期报告'),
};

/** Whether a user with these school roles may do this to the school's administration. */
export function decideSchool(verb: SchoolVerb, facts: SchoolFacts): Decision {
  return schoolRules[verb](facts);
}
