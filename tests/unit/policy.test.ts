import { describe, expect, it } from 'vitest';
import { decideCopy, decideGroup, decideGuide, decideSchool, termReportScope, type GuideVerb, type SchoolRole, type SchoolVerb } from '../../shared/workflow/policy.ts';
import type { GuideRole } from '../../shared/workflow/roles.ts';
import { stages, type Stage } from '../../shared/workflow/stages.ts';

/**
 * The policy as the workflow specifies it, written out: for each verb, the answer for each
 * single role at each stage. `ok` = allowed; otherwise the HTTP status of the refusal.
 * Columns: leader, leadDrafter, member, outsider.
 */
type Cell = 'ok' | 403 | 404 | 409;
const guideTable: Record<Exclude<GuideVerb, object>, Record<Stage, [Cell, Cell, Cell, Cell]>> = {
  read: {
    drafting: ['ok', 'ok', 'ok', 404],
    review: ['ok', 'ok', 'ok', 404],
    revising: ['ok', 'ok', 'ok', 404],
    final: ['ok', 'ok', 'ok', 404],
  },
  comment: {
    drafting: ['ok', 'ok', 'ok', 404],
    review: ['ok', 'ok', 'ok', 404],
    revising: ['ok', 'ok', 'ok', 404],
    final: ['ok', 'ok', 'ok', 404],
  },
  // Not the thread's author: only the leader and the lead drafter.
  resolveComment: {
    drafting: ['ok', 'ok', 403, 404],
    review: ['ok', 'ok', 403, 404],
    revising: ['ok', 'ok', 403, 404],
    final: ['ok', 'ok', 403, 404],
  },
  decideSuggestions: {
    drafting: [409, 409, 403, 404],
    review: ['ok', 'ok', 403, 404],
    revising: ['ok', 'ok', 403, 404],
    final: [409, 409, 403, 404],
  },
  harvest: {
    drafting: [409, 403, 403, 404],
    review: [409, 403, 403, 404],
    revising: ['ok', 403, 403, 404],
    final: [409, 403, 403, 404],
  },
  startMeeting: {
    drafting: [409, 403, 403, 404],
    review: ['ok', 403, 403, 404],
    revising: [409, 403, 403, 404],
    final: [409, 403, 403, 404],
  },
  endMeeting: {
    drafting: ['ok', 403, 403, 404],
    review: ['ok', 403, 403, 404],
    revising: ['ok', 403, 403, 404],
    final: ['ok', 403, 403, 404],
  },
  editMeetingRecord: {
    drafting: ['ok', 403, 403, 404],
    review: ['ok', 403, 403, 404],
    revising: ['ok', 403, 403, 404],
    final: ['ok', 403, 403, 404],
  },
  makeClassCopy: {
    drafting: ['ok', 'ok', 'ok', 404],
    review: ['ok', 'ok', 'ok', 404],
    revising: ['ok', 'ok', 'ok', 404],
    final: ['ok', 'ok', 'ok', 404],
  },
  // 恢复此版本 is an edit: whoever may edit at the stage; a final waits for 重新修订.
  restoreVersion: {
    drafting: [403, 'ok', 403, 404],
    review: ['ok', 'ok', 403, 404],
    revising: ['ok', 'ok', 403, 404],
    final: [409, 409, 409, 404],
  },
  // 导入 Word into an assigned lesson: its lead drafter, while drafting.
  importWord: {
    drafting: [403, 'ok', 403, 404],
    review: [403, 409, 403, 404],
    revising: [403, 409, 403, 404],
    final: [403, 409, 403, 404],
  },
  // The header is corrected like any edit: whoever may edit at the stage; a final waits for 重新修订.
  editHeader: {
    drafting: [403, 'ok', 403, 404],
    review: ['ok', 'ok', 403, 404],
    revising: ['ok', 'ok', 403, 404],
    final: [409, 409, 409, 404],
  },
};

const singleRoles: GuideRole[][] = [['leader', 'member'], ['leadDrafter', 'member'], ['member'], ['outsider']];

function cell(decision: ReturnType<typeof decideGuide>): Cell {
  return decision.ok ? 'ok' : decision.status;
}

describe('the guide policy', () => {
  for (const [verb, byStage] of Object.entries(guideTable) as [Exclude<GuideVerb, object>, Record<Stage, Cell[]>][]) {
    for (const stage of stages) {
      it(`${verb} at ${stage}: ${byStage[stage].join(' · ')}`, () => {
        expect(singleRoles.map((roles) => cell(decideGuide(verb, { stage, roles })))).toEqual(byStage[stage]);
      });
    }
  }

  it('lets the author of a thread resolve it whatever their role', () => {
    expect(decideGuide('resolveComment', { stage: 'review', roles: ['member'], isThreadAuthor: true }).ok).toBe(true);
  });

  it('hides a guide from outsiders before saying anything else about it', () => {
    expect(decideGuide({ transition: 'finalise' }, { stage: 'revising', roles: ['outsider'] })).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('decides transitions by the transition table, with its Chinese reasons', () => {
    expect(decideGuide({ transition: 'finalise' }, { stage: 'revising', roles: ['leader', 'member'] }).ok).toBe(true);
    expect(decideGuide({ transition: 'finalise' }, { stage: 'review', roles: ['leader', 'member'] })).toMatchObject({
      status: 409,
      code: 'wrong_stage',
    });
    expect(decideGuide({ transition: 'submit' }, { stage: 'drafting', roles: ['member'] })).toMatchObject({
      status: 403,
      code: 'wrong_role',
      message: expect.stringContaining('主备教师'),
    });
  });
});

describe('the class copy policy', () => {
  const table: [string, { isOwner: boolean; inGroup: boolean }, Cell, Cell, Cell][] = [
    // who, facts, read, pull, recordTaught
    ['its teacher', { isOwner: true, inGroup: true }, 'ok', 'ok', 'ok'],
    ['the group', { isOwner: false, inGroup: true }, 'ok', 403, 403],
    ['anyone else', { isOwner: false, inGroup: false }, 404, 404, 404],
  ];
  for (const [who, facts, read, pull, taught] of table) {
    it(`${who}: read ${read}, pull ${pull}, record taught ${taught}`, () => {
      expect(['read', 'pull', 'recordTaught'].map((verb) => cell(decideCopy(verb as 'read', facts)))).toEqual([read, pull, taught]);
    });
  }
});

describe('the group policy', () => {
  const table: [GroupRole, Cell, Cell, Cell][] = [
    // role, read, assignLesson, editLabelSynonyms
    ['leader', 'ok', 'ok', 'ok'],
    ['member', 'ok', 403, 403],
    [null, 403, 403, 403],
  ];
  type GroupRole = 'leader' | 'member' | null;
  for (const [groupRole, read, assign, labels] of table) {
    it(`${groupRole ?? 'outside the group'}: read ${read}, assign ${assign}, labels ${labels}`, () => {
      const decisions = (['read', 'assignLesson', 'editLabelSynonyms'] as const).map((verb) => decideGroup(verb, { groupRole }));
      expect(decisions.map(cell)).toEqual([read, assign, labels]);
      if (groupRole === null) expect(decisions.every((decision) => !decision.ok && decision.code === 'not_group_member')).toBe(true);
    });
  }
});

describe('the 体检 settings of a school, through one of its groups', () => {
  const table: [who: string, facts: { groupRole: 'leader' | 'member' | null; schoolAdmin?: boolean }, read: Cell, edit: Cell][] = [
    ['the group leader', { groupRole: 'leader' }, 'ok', 'ok'],
    ['a member', { groupRole: 'member' }, 'ok', 403],
    ['the 教务处 of the school, outside the group', { groupRole: null, schoolAdmin: true }, 'ok', 'ok'],
    ['a teacher outside the group', { groupRole: null }, 403, 403],
  ];
  for (const [who, facts, read, edit] of table) {
    it(`${who}: read ${read}, edit ${edit}`, () => {
      expect([cell(decideGroup('readCheckSettings', facts)), cell(decideGroup('editCheckSettings', facts))]).toEqual([read, edit]);
    });
  }

  it('gives the 教务处 nothing else of a group it is not in', () => {
    for (const verb of ['read', 'assignLesson', 'editLabelSynonyms'] as const) {
      expect(decideGroup(verb, { groupRole: null, schoolAdmin: true })).toMatchObject({ ok: false, code: 'not_group_member' });
    }
  });
});

describe('the term report of a group', () => {
  const table: [who: string, facts: { groupRole: 'leader' | 'member' | null; schoolAdmin?: boolean }, read: Cell, scope: 'group' | 'self'][] = [
    ['the group leader', { groupRole: 'leader' }, 'ok', 'group'],
    ['a member', { groupRole: 'member' }, 'ok', 'self'],
    ['the 教务处 of the school, outside the group', { groupRole: null, schoolAdmin: true }, 'ok', 'group'],
    ['a teacher outside the group', { groupRole: null }, 403, 'self'],
  ];
  for (const [who, facts, read, scope] of table) {
    it(`${who}: read ${read}, sees ${scope}`, () => {
      expect([cell(decideGroup('readTermReport', facts)), termReportScope(facts)]).toEqual([read, scope]);
    });
  }
});

describe('the school policy', () => {
  const verbs: SchoolVerb[] = ['manageUsers', 'manageGroups', 'manageClasses', 'manageTerms', 'readAudit', 'readReport'];
  const table: [who: string, roles: SchoolRole[], cells: Cell[]][] = [
    // who, then: manageUsers, manageGroups, manageClasses, manageTerms, readAudit, readReport
    ['the 教务处 (admin)', ['admin'], ['ok', 'ok', 'ok', 'ok', 'ok', 'ok']],
    ['a teacher (a group leader or member)', [], [403, 403, 403, 403, 403, 403]],
  ];
  for (const [who, roles, cells] of table) {
    it(`${who}: ${cells.join(' · ')}`, () => {
      const decisions = verbs.map((verb) => decideSchool(verb, { roles }));
      expect(decisions.map(cell)).toEqual(cells);
      for (const decision of decisions) if (!decision.ok) expect(decision).toMatchObject({ code: 'not_admin', message: expect.stringContaining('教务处') });
    });
  }
});
