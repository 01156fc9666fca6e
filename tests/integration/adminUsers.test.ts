import { describe, expect, it } from 'vitest';
import type { AdminClass, AdminGroup, AdminUser, AuditEntry, Term, UpdateUserResult } from '../../shared/schemas/admin.ts';
import type { LoginResult, Me } from '../../shared/schemas/auth.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { ApiClient } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

/**
 * The 教务处's teachers, groups, classes and terms on the demo school: only the administrator
 * (jiaowu) may touch them; a new or reset password is changed at the first login; a teacher
 * who left is locked out at once, editor included; taking a teacher out of a group closes
 * their connections to its guides.
 */
const suite = collabSuite();

async function login(username: string, password: string) {
  return new ApiClient(suite.server).post<LoginResult>('/api/auth/login', { username, password });
}

function socketCloses(client: CollabClient): number[] {
  const codes: number[] = [];
  client.socket.on('close', ({ event }: { event: { code: number } }) => codes.push(event.code));
  return codes;
}

async function newGuide(leader: ApiClient, title: string, leadDrafterId: string): Promise<Guide> {
  const response = await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId });
  expect(response.status).toBe(201);
  return response.body;
}

describe('the school administration', () => {
  it('answers 403 to every teacher on every admin route, and 401 without a session', async () => {
    const [leader, member] = await suite.login('wanglei', 'lifang');
    const calls: [string, string, unknown][] = [
      ['GET', '/api/admin/users', undefined],
      ['POST', '/api/admin/users', { username: 'newone', name: '新老师', password: 'password1' }],
      ['PATCH', '/api/admin/users/user-zhangwei', { active: false }],
      ['PATCH', '/api/admin/users/user-wanglei', { roles: ['admin'] }],
      ['GET', '/api/admin/groups', undefined],
      ['POST', '/api/admin/groups', { name: '组', subject: '语文', grade: 8, leaderId: 'user-lifang', memberIds: [] }],
      ['PATCH', '/api/admin/groups/group-math8', { memberIds: ['user-wanglei'] }],
      ['GET', '/api/admin/classes', undefined],
      ['POST', '/api/admin/classes', { name: '八年级(5)班', grade: 8, groupId: 'group-math8', teacherId: 'user-lifang' }],
      ['GET', '/api/admin/terms', undefined],
      ['POST', '/api/admin/terms', { name: '2026 学年第一学期', startDate: '2026-09-01', endDate: '2027-01-20' }],
      ['GET', '/api/admin/audit', undefined],
      // An invalid body is refused as forbidden too, before it is read.
      ['POST', '/api/admin/users', { username: '' }],
    ];
    for (const client of [leader, member]) {
      for (const [method, path, body] of calls) {
        const response = await client.request(method, path, body);
        expect(response.status, `${method} ${path}`).toBe(403);
        expect(response.body).toMatchObject({ error: { code: 'not_admin' } });
      }
      const upload = await fetch(`${suite.server.url}/api/admin/users/import?commit=1`, {
        method: 'POST',
        headers: { authorization: `Bearer ${client.token}` },
        body: (() => {
          const form = new FormData();
          form.append('file', new Blob(['姓名,工号/用户名,学科,年级,任教班级\n王五,wangwu,语文,八年级,\n']), 'roster.csv');
          return form;
        })(),
      });
      expect(upload.status).toBe(403);
    }
    for (const [method, path, body] of calls) expect((await new ApiClient(suite.server).request(method, path, body)).status).toBe(401);
    // Nothing was written: still the demo's five accounts, and no term.
    const [admin] = await suite.login('jiaowu');
    expect((await admin.get<AdminUser[]>('/api/admin/users')).body).toHaveLength(5);
    expect((await admin.get<Term[]>('/api/admin/terms')).body).toEqual([]);
    expect((await admin.get<AdminGroup[]>('/api/admin/groups')).body.map((group) => group.members.length)).toEqual([4]);
  });

  it('adds a teacher whose initial password must be changed at the first login', async () => {
    const [admin] = await suite.login('jiaowu');
    const bad = await admin.post('/api/admin/users', { username: 'chen jing', name: '陈静', password: 'chushi2026' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'invalid_body', path: ['username'] } });
    const created = await admin.post<AdminUser>('/api/admin/users', { username: 'chenjing', name: '陈静', password: 'chushi2026', subjects: ['语文'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'chenjing', active: true, mustChangePassword: true, roles: [], subjects: ['语文'] });
    expect((await admin.post('/api/admin/users', { username: 'chenjing', name: '陈静', password: 'chushi2026' })).status).toBe(409);

    const first = await login('chenjing', 'chushi2026');
    expect(first.status).toBe(200);
    expect(first.body.mustChangePassword).toBe(true);
    const teacher = new ApiClient(suite.server, first.body.token);
    expect((await teacher.get<Me>('/api/me')).body).toMatchObject({ mustChangePassword: true, roles: [] });
    const wrong = await teacher.post('/api/me/password', { current: 'not-it-at-all', next: 'wode-mima-1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { path: ['current'] } });
    const tooShort = await teacher.post('/api/me/password', { current: 'chushi2026', next: 'short' });
    expect(tooShort.body).toMatchObject({ error: { path: ['next'] } });
    expect((await teacher.post('/api/me/password', { current: 'chushi2026', next: 'wode-mima-1' })).status).toBe(200);
    expect((await teacher.get<Me>('/api/me')).body.mustChangePassword).toBe(false);
    expect((await login('chenjing', 'chushi2026')).status).toBe(401);
    expect((await login('chenjing', 'wode-mima-1')).body.mustChangePassword).toBe(false);
  });

  it('holds a teacher with an initial password to changing it: every other route and the editor are refused until then', async () => {
    const [admin, leader] = await suite.login('jiaowu', 'wanglei');
    const created = await admin.post<AdminUser>('/api/admin/users', { username: 'sunli', name: '孙丽', password: 'chushi2026' });
    expect(created.status).toBe(201);
    const guide = await newGuide(leader, '孙丽要打开的导学案', 'user-zhangwei');
    const groups = (await admin.get<AdminGroup[]>('/api/admin/groups')).body;
    const math = groups.find((group) => group.id === 'group-math8')!;
    const joined = await admin.request('PATCH', '/api/admin/groups/group-math8', { memberIds: [...math.members.map((member) => member.id), created.body.id] });
    expect(joined.status).toBe(200);

    const teacher = new ApiClient(suite.server, (await login('sunli', 'chushi2026')).body.token);
    for (const [method, path, body] of [
      ['GET', '/api/groups/group-math8/plan', undefined],
      ['GET', `/api/guides/${guide.id}`, undefined],
      ['POST', '/api/guides', { title: '绕过改密码', templateId: 'general', groupId: 'group-math8', leadDrafterId: created.body.id }],
    ] as const) {
      const refused = await teacher.request(method, path, body);
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: 'password_change_required' } });
    }
    await expect(connectClient(suite.server.wsUrl, guide.docName, teacher.token!)).rejects.toThrow(/password-change-required/);
    expect((await teacher.get<Me>('/api/me')).body.mustChangePassword).toBe(true);

    expect((await teacher.post('/api/me/password', { current: 'chushi2026', next: 'sunli-mima-2' })).status).toBe(200);
    expect((await teacher.get('/api/groups/group-math8/plan')).status).toBe(200);
    expect((await teacher.guide(guide.id)).status).toBe(200);
    const editor = await connectClient(suite.server.wsUrl, guide.docName, teacher.token!);
    editor.destroy();
  });

  it('resets a password: the old sessions end and the new password must be changed', async () => {
    const [admin] = await suite.login('jiaowu');
    await admin.post('/api/admin/users', { username: 'zhoumin', name: '周敏', password: 'chushi2026' });
    const users = (await admin.get<AdminUser[]>('/api/admin/users')).body;
    const zhou = users.find((user) => user.username === 'zhoumin')!;
    const session = new ApiClient(suite.server, (await login('zhoumin', 'chushi2026')).body.token);
    expect((await session.get('/api/me')).status).toBe(200);

    const reset = await admin.request<UpdateUserResult>('PATCH', `/api/admin/users/${zhou.id}`, { resetPassword: true });
    expect(reset.status).toBe(200);
    expect(reset.body.initialPassword).toMatch(/^[A-Za-z0-9]{10}$/);
    expect((await session.get('/api/me')).status).toBe(401);
    const again = await login('zhoumin', reset.body.initialPassword!);
    expect(again.body.mustChangePassword).toBe(true);
  });

  it('deactivates a teacher who left: their session ends, their editor closes within 1 s, login is refused, their guide stays', async () => {
    const [admin, leader, drafter] = await suite.login('jiaowu', 'wanglei', 'zhangwei');
    const guide = await newGuide(leader, '张伟主备的导学案', 'user-zhangwei');
    const editor = await suite.connect(drafter, guide.docName);
    const closes = socketCloses(editor);

    const deactivated = await admin.request<AdminUser>('PATCH', '/api/admin/users/user-zhangwei', { active: false });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    await waitFor(() => closes.includes(4401), 'the deactivated teacher’s editor connection to close', 1000);
    expect((await drafter.get('/api/me')).status).toBe(401);
    const refused = await login('zhangwei', 'demo1234');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'account_inactive' } });
    // Their guide and their place in the group stay.
    expect((await leader.guide(guide.id)).status).toBe(200);

    expect((await admin.request('PATCH', '/api/admin/users/user-zhangwei', { active: true })).status).toBe(200);
    expect((await login('zhangwei', 'demo1234')).status).toBe(200);
  });

  it('keeps one active administrator', async () => {
    const [admin] = await suite.login('jiaowu');
    const refused = await admin.request('PATCH', '/api/admin/users/user-jiaowu', { active: false });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'last_admin' } });
    expect((await admin.request('PATCH', '/api/admin/users/user-jiaowu', { roles: [] })).status).toBe(409);
  });

  it('makes subject groups a teacher can be in several of, and closes a removed member’s editor within 1 s', async () => {
    const [admin, leader, member] = await suite.login('jiaowu', 'wanglei', 'liuyang');
    const badLeader = await admin.post('/api/admin/groups', { name: '八年级道德与法治备课组', subject: '道德与法治', grade: 8, leaderId: 'nobody', memberIds: [] });
    expect(badLeader.status).toBe(400);
    expect(badLeader.body).toMatchObject({ error: { path: ['leaderId'] } });
    const badMember = await admin.post('/api/admin/groups', {
      name: '八年级道德与法治备课组',
      subject: '道德与法治',
      grade: 8,
      leaderId: 'user-lifang',
      memberIds: ['user-liuyang', 'nobody'],
    });
    expect(badMember.body).toMatchObject({ error: { path: ['memberIds', 1] } });
    expect((await admin.get<AdminGroup[]>('/api/admin/groups')).body).toHaveLength(1);

    const created = await admin.post<AdminGroup>('/api/admin/groups', {
      name: '八年级道德与法治备课组',
      subject: '道德与法治',
      grade: 8,
      leaderId: 'user-lifang',
      memberIds: ['user-liuyang'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ leader: { name: '李芳' }, members: [{ name: '李芳', role: 'leader' }, { name: '刘洋', role: 'member' }] });
    const [lifang] = await suite.login('lifang');
    expect((await lifang.get<Me>('/api/me')).body.groups.map((group) => [group.name, group.role])).toEqual([
      ['八年级数学备课组', 'member'],
      ['八年级道德与法治备课组', 'leader'],
    ]);

    const guide = await newGuide(leader, '组员被移出后的连接', 'user-wanglei');
    const editor = await suite.connect(member, guide.docName);
    const closes = socketCloses(editor);
    const updated = await admin.request<AdminGroup>('PATCH', '/api/admin/groups/group-math8', {
      memberIds: ['user-wanglei', 'user-lifang', 'user-zhangwei'],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.members.map((entry) => entry.name)).toEqual(['王磊', '李芳', '张伟']);
    await waitFor(() => closes.includes(4403), 'the removed member’s editor connection to close', 1000);
    expect((await member.guide(guide.id)).status).toBe(404);
    await admin.request('PATCH', '/api/admin/groups/group-math8', { memberIds: ['user-wanglei', 'user-lifang', 'user-zhangwei', 'user-liuyang'] });
  });

  it('makes classes with their teacher, who joins the group', async () => {
    const [admin] = await suite.login('jiaowu');
    const groups = (await admin.get<AdminGroup[]>('/api/admin/groups')).body;
    const ethics = groups.find((group) => group.subject === '道德与法治')!;
    const wrongGrade = await admin.post('/api/admin/classes', { name: '七年级(1)班', grade: 7, groupId: ethics.id, teacherId: 'user-zhangwei' });
    expect(wrongGrade.status).toBe(400);
    expect(wrongGrade.body).toMatchObject({ error: { path: ['grade'] } });
    const created = await admin.post<AdminClass>('/api/admin/classes', { name: '八年级(1)班', grade: 8, groupId: ethics.id, teacherId: 'user-zhangwei' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '八年级(1)班', grade: 8, groupName: '八年级道德与法治备课组', teachers: [{ name: '张伟' }] });
    expect((await admin.post('/api/admin/classes', { name: '八年级(1)班', grade: 8, groupId: ethics.id })).status).toBe(409);
    const after = (await admin.get<AdminGroup[]>('/api/admin/groups')).body.find((group) => group.id === ethics.id)!;
    expect(after.members.map((entry) => entry.name)).toContain('张伟');
    expect((await admin.get<AdminClass[]>('/api/admin/classes')).body).toHaveLength(5);
  });

  it('sets terms, refusing an end before the start and a name twice', async () => {
    const [admin] = await suite.login('jiaowu');
    const backwards = await admin.post('/api/admin/terms', { name: '2026 学年第一学期', startDate: '2026-09-01', endDate: '2026-08-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ error: { path: ['endDate'] } });
    const notADate = await admin.post('/api/admin/terms', { name: '2026 学年第一学期', startDate: '2026-02-30', endDate: '2026-08-01' });
    expect(notADate.body).toMatchObject({ error: { path: ['startDate'] } });
    const created = await admin.post<Term>('/api/admin/terms', { name: '2026 学年第一学期', startDate: '2026-09-01', endDate: '2027-01-20' });
    expect(created.status).toBe(201);
    expect((await admin.post('/api/admin/terms', { name: '2026 学年第一学期', startDate: '2026-09-01', endDate: '2027-01-20' })).status).toBe(409);
    expect((await admin.get<Term[]>('/api/admin/terms')).body).toEqual([created.body]);
  });

  it('keeps an audit log of who did what and when', async () => {
    const [admin] = await suite.login('jiaowu');
    const entries = (await admin.get<AuditEntry[]>('/api/admin/audit')).body;
    const actions = entries.map((entry) => entry.action);
    for (const action of ['user.create', 'user.resetPassword', 'user.deactivate', 'user.activate', 'group.create', 'group.members', 'class.create', 'term.create']) {
      expect(actions).toContain(action);
    }
    expect(entries.every((entry) => entry.actor?.name === '赵敏')).toBe(true);
    expect(entries.find((entry) => entry.action === 'user.deactivate')?.summary).toContain('张伟');
  });
});
