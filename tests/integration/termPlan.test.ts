import { beforeAll, describe, expect, it } from 'vitest';
import type { Term } from '../../shared/schemas/admin.ts';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import type { GroupTermReport, TermReport } from '../../shared/schemas/termReport.ts';
import type { ApiClient } from '../helpers/api.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

/**
 * Guides belong to a term (学期) of their school: a new guide takes the term its due date falls
 * in (or the one asked for), the term plan shows one term at a time, and the term report reaches
 * the group: its leader sees the group's part, a member their own line, an outsider nothing.
 */
const suite = collabSuite({ outsider: true });
let admin: ApiClient;
let leader: ApiClient;
let lifang: ApiClient;
let autumn: Term;
let spring: Term;

async function assign(title: string, body: Record<string, unknown>): Promise<Guide> {
  const response = await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang', ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const titles = (lessons: GuideSummary[]) => lessons.map((lesson) => lesson.title).sort();

beforeAll(async () => {
  [admin, leader, lifang] = await suite.login('jiaowu', 'wanglei', 'lifang');
  autumn = (await admin.post<Term>('/api/admin/terms', { name: '2030-2031学年第一学期', startDate: '2030-09-01', endDate: '2031-01-31' })).body;
  spring = (await admin.post<Term>('/api/admin/terms', { name: '2030-2031学年第二学期', startDate: '2031-02-15', endDate: '2031-07-10' })).body;
});

describe('guides in terms', () => {
  it('gives a new guide the term its due date falls in, or the one asked for, and refuses a term that does not exist', async () => {
    const october = await assign('一次函数的图像', { dueDate: '2030-10-12' });
    expect(october.termId).toBe(autumn.id);
    const march = await assign('二次根式', { dueDate: '2031-03-20' });
    expect(march.termId).toBe(spring.id);
    const asked = await assign('勾股定理', { dueDate: '2031-01-20', termId: spring.id });
    expect(asked.termId).toBe(spring.id);
    const holiday = await assign('暑假复习', { dueDate: '2031-08-01' });
    expect(holiday.termId).toBeNull();

    const unknown = await leader.post('/api/guides', { title: '不存在的学期', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang', termId: 'term-none' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: 'unknown_term', path: ['termId'] } });
    expect((await lifang.get<Term[]>('/api/terms')).body.map((term) => term.name)).toEqual(['2030-2031学年第二学期', '2030-2031学年第一学期']);
  });

  it('shows the plan of one term at a time, and the whole plan without a term', async () => {
    const autumnPlan = await lifang.get<GuideSummary[]>(`/api/groups/group-math8/plan?term=${autumn.id}`);
    expect(autumnPlan.status).toBe(200);
    expect(titles(autumnPlan.body)).toEqual(['一次函数的图像']);
    const springPlan = await lifang.get<GuideSummary[]>(`/api/groups/group-math8/plan?term=${spring.id}`);
    expect(titles(springPlan.body)).toEqual(['二次根式', '勾股定理']);
    const whole = await lifang.get<GuideSummary[]>('/api/groups/group-math8/plan');
    expect(whole.body.length).toBeGreaterThan(4);
    expect((await lifang.get('/api/groups/group-math8/plan?term=term-none')).status).toBe(404);
  });

  it('counts a guide in the term it was given in the 教务处 report, whatever its due date', async () => {
    const springReport = (await admin.get<TermReport>(`/api/admin/terms/${spring.id}/report`)).body;
    const math = springReport.groups.find((group) => group.group.id === 'group-math8')!;
    expect(math.guides).toBe(2);
    const lifangLine = springReport.teachers.find((row) => row.teacher.id === 'user-lifang')!;
    expect(lifangLine.guidesLed).toBe(2);
    const autumnReport = (await admin.get<TermReport>(`/api/admin/terms/${autumn.id}/report`)).body;
    expect(autumnReport.groups.find((group) => group.group.id === 'group-math8')!.guides).toBe(1);
  });

  it('lets the leader read the group’s report, a member only their own line, and nobody outside the group', async () => {
    const forLeader = await leader.get<GroupTermReport>(`/api/groups/group-math8/report?term=${spring.id}`);
    expect(forLeader.status).toBe(200);
    expect(forLeader.body.scope).toBe('group');
    expect(forLeader.body.groups.map((group) => group.group.id)).toEqual(['group-math8']);
    expect(forLeader.body.teachers.map((row) => row.teacher.id).sort()).toEqual(['user-lifang', 'user-liuyang', 'user-wanglei', 'user-zhangwei']);

    const forMember = await lifang.get<GroupTermReport>(`/api/groups/group-math8/report?term=${spring.id}`);
    expect(forMember.status).toBe(200);
    expect(forMember.body.scope).toBe('self');
    expect(forMember.body.groups).toEqual([]);
    expect(forMember.body.teachers.map((row) => row.teacher.id)).toEqual(['user-lifang']);
    expect(forMember.body.teachers[0].guidesLed).toBe(2);

    const [outsider] = await suite.login('outsider');
    const refused = await outsider.get(`/api/groups/group-math8/report?term=${spring.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'not_group_member' } });
  });
});
