import { describe, expect, it } from 'vitest';
import { copyAccess, guideAccess, guideAccessTable, type Access } from '../../shared/workflow/access.ts';
import { guideRoles, rolesFor, type GuideRole } from '../../shared/workflow/roles.ts';
import { stages, type Stage } from '../../shared/workflow/stages.ts';
import {
  actions,
  availableActions,
  decideTransition,
  transitionTable,
  versionLabel,
  type Action,
} from '../../shared/workflow/transitions.ts';

/** The access table as the workflow specifies it, written out cell by cell. */
const expectedAccess: [Stage, GuideRole, Access][] = [
  ['drafting', 'leader', 'comment'],
  ['drafting', 'leadDrafter', 'edit'],
  ['drafting', 'member', 'comment'],
  ['drafting', 'outsider', 'none'],
  ['review', 'leader', 'edit'],
  ['review', 'leadDrafter', 'edit'],
  ['review', 'member', 'suggest'],
  ['review', 'outsider', 'none'],
  ['revising', 'leader', 'edit'],
  ['revising', 'leadDrafter', 'edit'],
  ['revising', 'member', 'comment'],
  ['revising', 'outsider', 'none'],
  ['final', 'leader', 'comment'],
  ['final', 'leadDrafter', 'comment'],
  ['final', 'member', 'comment'],
  ['final', 'outsider', 'none'],
];

describe('the access table', () => {
  it('has a cell for every stage and role', () => {
    expect(expectedAccess).toHaveLength(stages.length * guideRoles.length);
  });

  it.each(expectedAccess)('in %s a %s gets %s access', (stage, role, access) => {
    expect(guideAccessTable[stage][role]).toBe(access);
    expect(guideAccess(stage, [role])).toBe(access);
  });

  it('gives a leader who is also the lead drafter the widest access of both roles', () => {
    expect(guideAccess('drafting', ['leader', 'leadDrafter', 'member'])).toBe('edit');
    expect(guideAccess('final', ['leader', 'leadDrafter', 'member'])).toBe('comment');
    expect(guideAccess('review', ['member'])).toBe('suggest');
  });

  it.each([
    [true, true, 'edit'],
    [true, false, 'edit'],
    [false, true, 'read'],
    [false, false, 'none'],
  ] as const)('a class copy with owner=%s, in group=%s gives %s', (isOwner, inGroup, access) => {
    expect(copyAccess({ isOwner, inGroup })).toBe(access);
  });
});

describe('roles', () => {
  it('makes anyone outside the group an outsider and nothing else', () => {
    expect(rolesFor({ groupRole: null, isLeadDrafter: false })).toEqual(['outsider']);
    expect(rolesFor({ groupRole: null, isLeadDrafter: true })).toEqual(['outsider']);
  });

  it('gives a group leader who drafts the lesson all three group roles', () => {
    expect(rolesFor({ groupRole: 'leader', isLeadDrafter: true })).toEqual(['leader', 'leadDrafter', 'member']);
    expect(rolesFor({ groupRole: 'member', isLeadDrafter: false })).toEqual(['member']);
  });
});

/** Who may take each action, from which stage, to which stage. */
const expectedTransitions: Record<Action, { from: Stage; to: Stage; role: GuideRole; label: string | null }> = {
  submit: { from: 'drafting', to: 'review', role: 'leadDrafter', label: '初稿' },
  endReview: { from: 'review', to: 'revising', role: 'leader', label: '研讨稿' },
  finalise: { from: 'revising', to: 'final', role: 'leader', label: '定稿 v1' },
  reopen: { from: 'final', to: 'revising', role: 'leader', label: null },
};

const cells = actions.flatMap((action) =>
  stages.flatMap((stage) => guideRoles.map((role) => [action, stage, role] as [Action, Stage, GuideRole])),
);

describe('the transition table', () => {
  it.each(cells)('%s in %s by a %s is decided as the workflow says', (action, stage, role) => {
    const expected = expectedTransitions[action];
    const decision = decideTransition(action, stage, [role]);
    if (role !== expected.role) {
      expect(decision).toMatchObject({ ok: false, status: 403, code: 'wrong_role' });
    } else if (stage !== expected.from) {
      expect(decision).toMatchObject({ ok: false, status: 409, code: 'wrong_stage' });
    } else {
      expect(decision).toEqual({ ok: true, to: expected.to, snapshot: transitionTable[action].snapshot });
      const label = transitionTable[action].snapshot ? versionLabel(transitionTable[action].snapshot!, 0) : null;
      expect(label).toBe(expected.label);
    }
  });

  it('explains refusals in Chinese with the role and the stage', () => {
    const wrongRole = decideTransition('finalise', 'revising', ['member']);
    expect(wrongRole.ok === false && wrongRole.message).toBe('只有备课组长可以定稿');
    const wrongStage = decideTransition('finalise', 'drafting', ['leader']);
    expect(wrongStage.ok === false && wrongStage.message).toContain('主备初稿');
  });

  it('numbers finals: the second final after a reopen is 定稿 v2', () => {
    expect(versionLabel('final', 1)).toBe('定稿 v2');
  });

  it('lists the actions open to each role at each stage', () => {
    expect(availableActions('drafting', ['leadDrafter', 'member'])).toEqual(['submit']);
    expect(availableActions('review', ['leader', 'member'])).toEqual(['endReview']);
    expect(availableActions('revising', ['leader', 'member'])).toEqual(['finalise']);
    expect(availableActions('final', ['leader', 'member'])).toEqual(['reopen']);
    expect(availableActions('review', ['member'])).toEqual([]);
  });
});
