import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminUser, SetupResult, SetupStatus } from '../../shared/schemas/admin.ts';
import type { LoginResult, Me } from '../../shared/schemas/auth.ts';
import { ApiClient, loginAs } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * First start: an empty installation without demo data is set up once, from the setup page's
 * two answers (the school's name and its first administrator), and never again.
 */
describe('first start without demo data', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { SEED_DEMO: '0' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const setup = { schoolName: '育才实验学校', admin: { username: 'JiaoWu01', name: '孙丽', password: 'start-2026' } };

  it('asks for a setup, refuses a bad one with the field, sets up once and refuses a second time', async () => {
    const anonymous = new ApiClient(server);
    expect((await anonymous.get<SetupStatus>('/api/setup')).body).toEqual({ needed: true });

    const short = await anonymous.post('/api/setup', { ...setup, admin: { ...setup.admin, password: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { code: 'invalid_body', path: ['admin', 'password'] } });
    const noSchool = await anonymous.post('/api/setup', { ...setup, schoolName: '  ' });
    expect(noSchool.status).toBe(400);
    expect(noSchool.body).toMatchObject({ error: { path: ['schoolName'] } });
    // Nothing refused was written: the setup is still needed.
    expect((await anonymous.get<SetupStatus>('/api/setup')).body).toEqual({ needed: true });

    const done = await anonymous.post<SetupResult>('/api/setup', setup);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ school: { name: '育才实验学校' }, admin: { username: 'jiaowu01', name: '孙丽' } });
    expect((await anonymous.get<SetupStatus>('/api/setup')).body).toEqual({ needed: false });

    const again = await anonymous.post('/api/setup', { ...setup, admin: { ...setup.admin, username: 'someone' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'already_set_up' } });
  });

  it('lets the first administrator in, with the admin role and no password to change', async () => {
    const login = await new ApiClient(server).post<LoginResult>('/api/auth/login', { username: 'jiaowu01', password: 'start-2026' });
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(false);
    const admin = new ApiClient(server, login.body.token);
    const me = await admin.get<Me>('/api/me');
    expect(me.body).toMatchObject({ roles: ['admin'], mustChangePassword: false, groups: [] });
    const users = await admin.get<AdminUser[]>('/api/admin/users');
    expect(users.status).toBe(200);
    expect(users.body.map((user) => [user.username, user.roles])).toEqual([['jiaowu01', ['admin']]]);
  });
});

describe('the demo school', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('needs no setup and has the 教务处 administrator 赵敏 (jiaowu)', async () => {
    expect((await new ApiClient(server).get<SetupStatus>('/api/setup')).body).toEqual({ needed: false });
    expect((await new ApiClient(server).post('/api/setup', { schoolName: '示例中学', admin: { username: 'x1', name: '某', password: 'password1' } })).status).toBe(409);
    const admin = await loginAs(server, 'jiaowu');
    expect((await admin.get<Me>('/api/me')).body).toMatchObject({ user: { username: 'jiaowu', name: '赵敏' }, roles: ['admin'] });
    const users = await admin.get<AdminUser[]>('/api/admin/users');
    expect(users.body.map((user) => user.username)).toEqual(['jiaowu', 'lifang', 'liuyang', 'wanglei', 'zhangwei']);
    expect(users.body.find((user) => user.username === 'wanglei')).toMatchObject({
      roles: [],
      groups: [{ name: '八年级数学备课组', role: 'leader' }],
      classes: [{ name: '八年级(1)班' }],
    });
  });
});
