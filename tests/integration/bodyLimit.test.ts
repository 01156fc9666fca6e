import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * Memory exhaustion: a body sent chunked (no Content-Length) must be counted as it arrives
 * and refused once it passes the route's limit, not read whole first.
 */
let server: TestServer;
let lifang: ApiClient;
let guideId: string;

beforeAll(async () => {
  server = await startTestServer();
  lifang = await loginAs(server, 'lifang');
  guideId = (await lifang.guides()).body[0].id;
});

afterAll(async () => {
  await server.stop();
});

interface Answer {
  status: number;
  body: unknown;
  /** Bytes the client had written when the answer came. */
  sent: number;
}

/**
 * POSTs a chunked body of `x` bytes that never ends: it writes up to `writeAtMost` bytes and
 * then waits with the request still open. A server that reads the whole body before checking
 * its size never answers; one that counts as the bytes arrive answers while the body is
 * still coming.
 */
function endlessChunkedPost(path: string, headers: Record<string, string>, writeAtMost: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.url);
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    let answered = false;
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error(`no answer from ${path} while the body was still being sent (${sent} bytes written)`));
    }, 20_000);
    request.on('response', (response) => {
      answered = true;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        clearTimeout(timer);
        request.destroy();
        const text = Buffer.concat(parts).toString();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // keep the text
        }
        resolve({ status: response.statusCode ?? 0, body, sent });
      });
    });
    // The server may close the connection once it has answered; that is not a failure.
    request.on('error', () => {});
    const write = () => {
      while (!answered && sent < writeAtMost) {
        sent += chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', write);
          return;
        }
      }
    };
    write();
  });
}

const json = { 'content-type': 'application/json' };

describe('request bodies are counted as they arrive', () => {
  it('answers 413 to an unauthenticated chunked login body over 1 MB while it is still arriving', async () => {
    const answer = await endlessChunkedPost('/api/auth/login', json, 8 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) } });
  });

  it('does so on every route, including ones that never read a body and unknown ones', async () => {
    const auth = { ...json, authorization: `Bearer ${lifang.token}` };
    for (const path of [
      `/api/guides/${guideId}/comments`,
      `/api/guides/${guideId}/transitions`,
      '/api/comments/nothing/resolve',
      '/api/no-such-route',
      '/some/page',
    ]) {
      const answer = await endlessChunkedPost(path, auth, 8 * 1024 * 1024);
      expect(answer.status, path).toBe(413);
      expect(answer.body, path).toMatchObject({ error: { code: 'payload_too_large' } });
    }
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const request = http.request(new URL('/api/auth/login', server.url), {
        method: 'POST',
        headers: { ...json, 'content-length': String(500 * 1024 * 1024) },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
      request.write('{"username":');
    });
    expect(answer).toBe(413);
  });

  it('gives Word uploads their own larger limit, counted the same way', async () => {
    const boundary = 'limit-test';
    const answer = await endlessChunkedPost(
      '/api/import/docx',
      { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${lifang.token}` },
      32 * 1024 * 1024,
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ error: { code: 'file_too_large' } });
    // More than the JSON limit was read before the upload's own limit refused it.
    expect(answer.sent).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('keeps serving normal requests afterwards', async () => {
    expect((await lifang.get('/api/me')).status).toBe(200);
    const small = await lifang.post(`/api/guides/${guideId}/transitions`, { action: 'nonsense' });
    expect(small.status).toBe(400);
  });
});
