import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import { ApiClient, loginAs } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
});

describe('the HTTP API', () => {
  it('reports health once the server accepts connections', async () => {
    const response = await new ApiClient(server).get('/api/health');
    expect(response).toEqual({ status: 200, body: { ok: true } });
  });

  it('logs a demo user in and returns a token, the user and a session cookie', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lifang', password: 'demo1234' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; user: { name: string } };
    expect(body.user.name).toBe('李芳');
    expect(body.token.length).toBeGreaterThan(20);
    expect(response.headers.get('set-cookie')).toMatch(/dx_session=.+HttpOnly/i);

    const cookie = response.headers.get('set-cookie')!.split(';')[0];
    const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
  });

  it('refuses a wrong password with 401 and a readable message', async () => {
    const response = await new ApiClient(server).post('/api/auth/login', { username: 'lifang', password: 'nope' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'invalid_credentials' } });
  });

  it('answers 401 to a request without a session', async () => {
    const response = await new ApiClient(server).get('/api/guides');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('tells the user their groups and classes', async () => {
    const api = await loginAs(server, 'wanglei');
    const response = await api.get<{ user: { name: string }; groups: { name: string; role: string }[]; classes: { name: string }[] }>(
      '/api/me',
    );
    expect(response.body.user.name).toBe('王磊');
    expect(response.body.groups).toEqual([expect.objectContaining({ name: '八年级数学备课组', role: 'leader' })]);
    expect(response.body.classes.map((schoolClass) => schoolClass.name)).toEqual(['八年级(1)班']);
  });

  it('lists the templates with subject, lesson type and period length', async () => {
    const response = await new ApiClient(server).get<{ id: string; periodMinutes: number; lessonType: string }[]>(
      '/api/templates',
    );
    expect(response.status).toBe(200);
    const ids = response.body.map((template) => template.id);
    for (const id of ['general', 'math-new', 'chinese-classical', 'english-unit', 'review', 'test-review']) {
      expect(ids).toContain(id);
    }
    expect(response.body.every((template) => [40, 45].includes(template.periodMinutes))).toBe(true);
  });

  it('seeds the demo guide drafted by 李芳 with real content', async () => {
    const api = await loginAs(server, 'zhangwei');
    const guides = await api.guides();
    expect(guides.body).toHaveLength(1);
    expect(guides.body[0]).toMatchObject({ title: '19.2.2 一次函数（第1课时）', leadDrafter: { name: '李芳' } });
    const content = await api.get<{ content: { type: string; attrs: { title: string } }[] }>(
      `/api/guides/${guides.body[0].id}/content`,
    );
    const kinds = content.body.content.map((block) => block.type);
    expect(kinds).toEqual(expect.arrayContaining(['objectives', 'selfStudy', 'mutualLearning', 'check']));
    expect(JSON.stringify(content.body)).toContain('一次函数');
  });

  it('creates a guide from a template and serves its content with the template blocks', async () => {
    const api = await loginAs(server, 'wanglei');
    const created = await api.post<Guide>('/api/guides', {
      title: '19.2.3 一次函数与方程、不等式',
      templateId: 'math-new',
      groupId: 'group-math8',
      leadDrafterId: 'user-zhangwei',
      dueDate: '2026-12-01',
      period: '第1课时',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: '19.2.3 一次函数与方程、不等式',
      stage: 'drafting',
      docName: `guide:${created.body.id}`,
      leadDrafter: { id: 'user-zhangwei', name: '张伟' },
      lessonType: '新授课',
      periodMinutes: 45,
      dueDate: '2026-12-01',
    });
    const fetched = await api.guide(created.body.id);
    expect(fetched.body.title).toBe('19.2.3 一次函数与方程、不等式');

    const templates = await api.get<{ id: string; blockTitles: string[]; blockKinds: string[] }[]>('/api/templates');
    const mathNew = templates.body.find((template) => template.id === 'math-new')!;
    const content = await api.get<{ content: { type: string; attrs: { title: string; id: string } }[] }>(
      `/api/guides/${created.body.id}/content`,
    );
    expect(content.body.content.map((block) => block.attrs.title)).toEqual(mathNew.blockTitles);
    // Each block's kind, for the English names of the template's blocks.
    expect(content.body.content.map((block) => block.type)).toEqual(mathNew.blockKinds);
    const ids = content.body.content.map((block) => block.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a body that fails validation with 400 and the field path', async () => {
    const api = await loginAs(server, 'wanglei');
    const response = await api.post('/api/guides', {
      title: '新课',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-lifang',
      dueDate: '12/01/2026',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_body', path: ['dueDate'] } });

    const missing = await api.post('/api/guides', { templateId: 'general' });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { path: ['title'] } });

    const notJson = await api.request('POST', '/api/auth/login', '{"username":');
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ error: { code: 'invalid_json' } });
  });

  it('refuses an unknown template and a lead drafter outside the group, and creates nothing', async () => {
    const api = await loginAs(server, 'wanglei');
    const before = (await api.guides()).body.length;
    const unknownTemplate = await api.post('/api/guides', {
      title: '新课',
      templateId: 'no-such-template',
      groupId: 'group-math8',
      leadDrafterId: 'user-lifang',
    });
    expect(unknownTemplate.status).toBe(400);
    expect(unknownTemplate.body).toMatchObject({ error: { code: 'unknown_template', path: ['templateId'] } });
    const outsider = await api.post('/api/guides', {
      title: '新课',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-nobody',
    });
    expect(outsider.status).toBe(400);
    expect((await api.guides()).body.length).toBe(before);
  });

  it('answers 404 for a guide that does not exist and for unknown API routes', async () => {
    const api = await loginAs(server, 'wanglei');
    expect((await api.guide('nope')).status).toBe(404);
    expect((await api.get('/api/nothing-here')).status).toBe(404);
  });
});
