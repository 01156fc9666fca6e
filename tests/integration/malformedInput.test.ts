import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient } from '../helpers/collabClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * Malformed input answers a clean 4xx: broken percent-encoding in the path or the query,
 * control characters in titles, and names such as `__proto__` where an id or a document name
 * is expected. Never a 500, never a prototype's property.
 */
let server: TestServer;
let wanglei: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  wanglei = await loginAs(server, 'wanglei');
});

afterAll(async () => {
  await server.stop();
});

/** A raw GET with the path exactly as written (fetch would normalise some of it). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: server.port, path, method: 'GET', headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        const text = Buffer.concat(parts).toString();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON
        }
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('malformed percent-encoding', () => {
  it('answers 400 with the error shape for a broken escape in the path or the query', async () => {
    const auth = { authorization: `Bearer ${wanglei.token}` };
    for (const path of [
      '/%ZZ',
      '/%',
      '/guides/%E4%B8',
      '/api/guides/%ZZ',
      '/api/guides/%C0%AF',
      '/api/diff?from=%ZZ&to=guide:x',
      '/api/guides?x=%E4%B8',
      '/?q=%',
    ]) {
      const response = await rawGet(path, auth);
      expect(response.status, path).toBe(400);
      expect(response.body, path).toMatchObject({ error: { code: 'malformed_url', message: expect.any(String) } });
    }
  });

  it('still serves well-formed escapes', async () => {
    const response = await rawGet('/api/guides?x=%E4%B8%80', { authorization: `Bearer ${wanglei.token}` });
    expect(response.status).toBe(200);
  });
});

describe('titles', () => {
  const guide = (title: string) => ({ title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-liuyang' });

  it('refuses control characters in a guide title with 400 and the field path', async () => {
    for (const title of ['一次函数\u0000', '一次\u0007函数', '一次\n函数', '一次\u001b[31m函数', '一次\u0085函数', '一次\u202E函数']) {
      const response = await wanglei.post('/api/guides', guide(title));
      expect(response.status, JSON.stringify(title)).toBe(400);
      expect(response.body, JSON.stringify(title)).toMatchObject({ error: { code: 'invalid_body', path: ['title'] } });
    }
    const period = await wanglei.post('/api/guides', { ...guide('一次函数'), period: '第1\u0000课时' });
    expect(period.body).toMatchObject({ error: { path: ['period'] } });
  });

  it('accepts an ordinary title with spaces, punctuation and full-width characters', async () => {
    const response = await wanglei.post('/api/guides', guide('19.2.2 一次函数（第1课时）— 复习'));
    expect(response.status).toBe(201);
  });
});

describe('names that are properties of every object', () => {
  const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

  it('answers 404 (or 400) with the error shape for such names as ids in routes', async () => {
    for (const name of names) {
      for (const path of [
        `/api/guides/${name}`,
        `/api/guides/${name}/content`,
        `/api/guides/${name}/comments`,
        `/api/copies/${name}`,
        `/api/copies/${name}/content`,
        `/api/groups/${name}/label-synonyms`,
        `/api/diff?from=guide:${name}&to=guide:${name}`,
        `/api/guides/${name}/export.docx?edition=${name}`,
      ]) {
        const response = await wanglei.get(path);
        expect([400, 403, 404], `${path} answered ${response.status}`).toContain(response.status);
        expect(response.body, path).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      }
      const posted = await wanglei.post(`/api/guides/${name}/transitions`, { action: name });
      expect([400, 404], `transition ${name}`).toContain(posted.status);
      const created = await wanglei.post('/api/guides', {
        title: name,
        templateId: name,
        groupId: name,
        leadDrafterId: name,
      });
      expect([400, 403, 404], `create with ${name}`).toContain(created.status);
    }
  });

  it('refuses such document names on the WebSocket with a reason, and keeps serving', async () => {
    for (const name of [...names, ...names.map((name) => `guide:${name}`), ...names.map((name) => `copy:${name}`)]) {
      await expect(connectClient(server.wsUrl, name, wanglei.token!), name).rejects.toThrow(/forbidden|unauthenticated|not/i);
    }
    const docName = (await wanglei.guides()).body[0].docName;
    const client = await connectClient(server.wsUrl, docName, wanglei.token!);
    client.destroy();
    expect(server.output()).not.toMatch(/Unhandled|TypeError/);
  });
});
