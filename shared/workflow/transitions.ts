import type { GuideRole } from './roles.ts';
import type { Stage } from './stages.ts';

export const actions = ['submit', 'endReview', 'finalise', 'reopen'] as const;
export type Action = (typeof actions)[number];

/**
 * The kind of a saved version: what a transition saves, or `restorePoint` (恢复前), the content
 * a guide had just before a restore replaced it, kept so that the restore can be undone.
 */
export type VersionKind = 'draft' | 'discussion' | 'final' | 'restorePoint';

/** The name of a restore point (恢复前) in the version list. */
export const restorePointLabel = '恢复前';

export interface Transition {
  from: Stage;
  to: Stage;
  /** Who may take the action. */
  roles: readonly GuideRole[];
  /** The immutable version saved when the action is taken, if any. */
  snapshot: VersionKind | null;
  /** 中文 name of the action, for messages. */
  label: string;
}

/**
 * The workflow of a guide: the lead drafter submits the draft (初稿) for review, the leader
 * ends the review (研讨稿), finalises after absorbing the opinions (定稿 vN, signed off as
 * 审核人), and may reopen a final for a new revision.
 */
export const transitionTable: Record<Action, Transition> = {
  submit: { from: 'drafting', to: 'review', roles: ['leadDrafter'], snapshot: 'draft', label: '提交审稿' },
  endReview: { from: 'review', to: 'revising', roles: ['leader'], snapshot: 'discussion', label: '结束研讨' },
  finalise: { from: 'revising', to: 'final', roles: ['leader'], snapshot: 'final', label: '定稿' },
  reopen: { from: 'final', to: 'revising', roles: ['leader'], snapshot: null, label: '重新修订' },
};

export type TransitionDecision =
  | { ok: true; to: Stage; snapshot: VersionKind | null }
  | { ok: false; status: 403 | 409; code: 'wrong_role' | 'wrong_stage'; message: string };

const roleNames: Record<GuideRole, string> = {
  leader: '备课组长',
  leadDrafter: '主备教师',
  member: '组员',
  outsider: '组外教师',
};

const stageNames: Record<Stage, string> = {
  drafting: '主备初稿',
  review: '集体审稿',
  revising: '修改完善',
  final: '定稿',
};

/**
 * Whether a user holding these roles may take the action at this stage. A role that may
 * never take the action is refused with 403 whatever the stage; the right role at the
 * wrong stage gets 409.
 */
export function decideTransition(action: Action, stage: Stage, roles: readonly GuideRole[]): TransitionDecision {
  const transition = transitionTable[action];
  if (!roles.some((role) => transition.roles.includes(role))) {
    const who = transition.roles.map((role) => roleNames[role]).join('或');
    return { ok: false, status: 403, code: 'wrong_role', message: `只有${who}可以${transition.label}` };
  }
  if (stage !== transition.from) {
    return {
      ok: false,
      status: 409,
      code: 'wrong_stage',
      message: `导学案处于“${stageNames[stage]}”阶段，不能${transition.label}（需在“${stageNames[transition.from]}”阶段）`,
    };
  }
  return { ok: true, to: transition.to, snapshot: transition.snapshot };
}

/** The actions the user may take now, for the buttons the UI shows. */
export function availableActions(stage: Stage, roles: readonly GuideRole[]): Action[] {
  return actions.filter((action) => decideTransition(action, stage, roles).ok);
}

/** The label of the version a snapshot saves: 初稿, 研讨稿, or 定稿 vN (N = finals so far + 1). */
export function versionLabel(kind: VersionKind, finalsSoFar: number): string {
  if (kind === 'draft') return '初稿';
  if (kind === 'discussion') return '研讨稿';
  if (kind === 'restorePoint') return restorePointLabel;
  return `定稿 v${finalsSoFar + 1}`;
}

/**
 * Who may accept or reject suggestions, and when: the leader and the lead drafter, from the
 * review meeting until the final (修改完善 works through the remaining ones).
 */
export function mayDecideSuggestions(stage: Stage, roles: readonly GuideRole[]): boolean {
  return (stage === 'review' || stage === 'revising') && roles.some((role) => role === 'leader' || role === 'leadDrafter');
}

/** Who may resolve a comment thread: its author, the leader and the lead drafter. */
export function mayResolveComment(roles: readonly GuideRole[], isThreadAuthor: boolean): boolean {
  return isThreadAuthor || roles.some((role) => role === 'leader' || role === 'leadDrafter');
}
