import { guideAccessTable, type Access } from '../../../shared/workflow/access.ts';
import { guideRoles, type GuideRole } from '../../../shared/workflow/roles.ts';
import type { Stage } from '../../../shared/workflow/stages.ts';

export type AccessExplanation =
  | { kind: 'edit'; stage: Stage }
  /** 集体审稿: a member's changes become suggestions for the leader to accept or reject. */
  | { kind: 'suggest' }
  | { kind: 'none' }
  /** Final: nobody edits. */
  | { kind: 'readFinal' }
  /** Only some roles edit at this stage (主备初稿: the lead drafter; 修改完善: leader and lead drafter). */
  | { kind: 'readStage'; stage: Stage; editors: GuideRole[] }
  | { kind: 'readOnly' };

/** The roles that may edit a guide at this stage, from the workflow's access table. */
export function editingRoles(stage: Stage): GuideRole[] {
  return guideRoles.filter((role) => guideAccessTable[stage][role] === 'edit');
}

/**
 * Why the teacher may or may not edit now: the access (from the live connection or the API)
 * explained by the stage and the workflow's table of who edits when.
 */
export function explainGuideAccess(stage: Stage, access: Access): AccessExplanation {
  if (access === 'edit') return { kind: 'edit', stage };
  if (access === 'suggest') return { kind: 'suggest' };
  if (access === 'none') return { kind: 'none' };
  const editors = editingRoles(stage);
  if (editors.length === 0) return { kind: 'readFinal' };
  // Everyone in the group edits at this stage: a reader is not one of the group's roles.
  if (editors.includes('member')) return { kind: 'readOnly' };
  return { kind: 'readStage', stage, editors };
}

export type CopyAccessExplanation =
  | { kind: 'copyEdit'; className: string }
  | { kind: 'copyRead'; owner: string; className: string };

/** A class copy: its teacher edits it, the rest of the group reads it. */
export function explainCopyAccess(copy: { className: string; owner: { name: string } }, access: Access): CopyAccessExplanation {
  if (access === 'edit') return { kind: 'copyEdit', className: copy.className };
  return { kind: 'copyRead', owner: copy.owner.name, className: copy.className };
}
