import { createHash } from 'node:crypto';
import http from 'node:http';
import type { JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { storedFileSchema, type StoredFile } from '../../shared/schemas/file.ts';
import { loginAs, type ApiClient, type ApiResponse } from '../helpers/api.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { replaceContent } from '../helpers/replaceContent.ts';
import { checkResponse } from '../helpers/responseSchemas.ts';
import { queryTestDatabase, type TestDatabaseLocation } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { readZipBytes, zipEntryNames } from '../helpers/zipFile.ts';
import { rgbPng } from '../helpers/png.ts';

/**
 * Figures (issue 14, point 3): pictures uploaded to POST /api/files, kept in the database by
 * the SHA-256 of their bytes, served by GET /api/files/:sha256 to the members of the school
 * that stored them and referenced from a guide as `image` nodes.
 */
const suite = collabSuite({ outsider: true });

const tenMegabytes = 10 * 1024 * 1024;

/** A valid 1×1 RGB PNG of one colour (a real picture a browser draws). */
const onePixelPng = (red: number, green: number, blue: number) => rgbPng(1, 1, () => [red, green, blue]);

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Posts a file as the browser's upload button does (multipart field `file`), its answer checked against the contract. */
async function upload(
  server: Pick<TestServer, 'url'>,
  token: string | null,
  bytes: Uint8Array,
  fileName = 'figure.png',
  declaredType = 'image/png',
): Promise<ApiResponse<StoredFile | { error: { code: string } }>> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: declaredType }), fileName);
  const response = await fetch(`${server.url}/api/files`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const text = await response.text();
  let body: unknown = text;
  let isJson = false;
  try {
    body = JSON.parse(text);
    isJson = true;
  } catch {
    // not JSON: keep the text
  }
  checkResponse('POST', '/api/files', response.status, body, isJson);
  return { status: response.status, body: body as StoredFile };
}

async function download(server: Pick<TestServer, 'url'>, token: string | null, path: string) {
  const response = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  checkResponse('GET', path, response.status, isJson ? JSON.parse(Buffer.from(bytes).toString()) : bytes, isJson);
  return { status: response.status, headers: response.headers, bytes, json: isJson ? (JSON.parse(Buffer.from(bytes).toString()) as unknown) : null };
}

async function countFiles(location: TestDatabaseLocation): Promise<number> {
  const rows = await queryTestDatabase<{ count: number | string }>(location, 'select count(*) as count from files');
  return Number(rows[0].count);
}

/** The guide's content with a figure appended to its first block. */
function withFigure(content: JSONContent, src: string, alt: string): JSONContent {
  const [first, ...rest] = content.content ?? [];
  return {
    ...content,
    content: [{ ...first, content: [...(first.content ?? []), { type: 'image', attrs: { src, alt, width: 240 } }] }, ...rest],
  };
}

function figures(content: JSONContent): JSONContent[] {
  const all: JSONContent[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === 'image') all.push(node);
    node.content?.forEach(walk);
  };
  walk(content);
  return all;
}

async function demoGuide(api: ApiClient) {
  const guide = (await api.guides()).body[0];
  return { id: guide.id, docName: guide.docName };
}

describe('figures: POST /api/files and GET /api/files/:sha256', () => {
  it('stores an uploaded PNG once, serves it to the school and puts it in a guide every teacher sees', async () => {
    const [lifang, zhangwei] = await suite.login('lifang', 'zhangwei');
    const png = onePixelPng(30, 120, 200);
    const before = await countFiles(suite.server);

    const stored = await upload(suite.server, lifang.token, png, '坐标系.png');
    expect(stored.status).toBe(201);
    const file = storedFileSchema.parse(stored.body);
    expect(file).toEqual({ url: `/api/files/${sha256Of(png)}`, sha256: sha256Of(png), size: png.length, type: 'image/png' });
    expect(await countFiles(suite.server)).toBe(before + 1);

    // The same bytes again, by another teacher of the school and under another name: one row.
    const again = await upload(suite.server, zhangwei.token, png, 'copy.PNG', 'application/octet-stream');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(file);
    expect(await countFiles(suite.server)).toBe(before + 1);

    const served = await download(suite.server, zhangwei.token, file.url);
    expect(served.status).toBe(200);
    expect(served.bytes).toEqual(png);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(/^inline\b/);
    expect(served.headers.get('cache-control')).toContain('immutable');
    expect(served.headers.get('cache-control')).toMatch(/max-age=(\d{8,})/);

    // The lead drafter puts it in the guide through her editor; another teacher's editor gets it.
    const { id, docName } = await demoGuide(lifang);
    const editor = await suite.connect(lifang, docName);
    const reader = await suite.connect(zhangwei, docName);
    replaceContent(editor.doc, withFigure(editor.json(), file.url, '坐标系'));
    await editor.acknowledged();
    await waitFor(() => figures(reader.json()).length === 1, 'the figure to reach the other teacher');
    expect(figures(reader.json())[0].attrs).toMatchObject({ src: file.url, alt: '坐标系', width: 240 });

    const content = await zhangwei.get<JSONContent>(`/api/guides/${id}/content`);
    expect(content.status).toBe(200);
    expect(figures(content.body).map((figure) => figure.attrs?.src)).toEqual([file.url]);

    // The Word export embeds the picture's own bytes, in both editions.
    for (const edition of ['student', 'teacher']) {
      const docx = await download(suite.server, zhangwei.token, `/api/guides/${id}/export.docx?edition=${edition}`);
      expect(docx.status).toBe(200);
      const media = zipEntryNames(docx.bytes).filter((name) => name.startsWith('word/media/'));
      expect(media).toHaveLength(1);
      expect(readZipBytes(docx.bytes, media[0])).toEqual(png);
    }
  });

  it('judges a file by its bytes: a renamed .exe is refused with 415 and nothing is stored, a PNG named .exe is a PNG', async () => {
    const [lifang] = await suite.login('lifang');
    const before = await countFiles(suite.server);
    // A Windows program: the MZ header and the PE pointer, whatever its name and declared type say.
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03], 0);
    exe.set(Buffer.from('This program cannot be run in DOS mode.'), 0x4e);

    const refused = await upload(suite.server, lifang.token, exe, 'x.png', 'image/png');
    expect(refused.status).toBe(415);
    expect(refused.body).toMatchObject({ error: { code: 'unsupported_file_type' } });
    for (const [bytes, name] of [
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'figure.svg'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'page.png'],
      [new Uint8Array(), 'empty.png'],
    ] as const) {
      const answer = await upload(suite.server, lifang.token, bytes, name, 'image/png');
      expect(answer.status, name).toBe(415);
    }
    expect(await countFiles(suite.server)).toBe(before);

    const png = onePixelPng(1, 2, 3);
    const accepted = await upload(suite.server, lifang.token, png, 'picture.exe', 'application/x-msdownload');
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ type: 'image/png', sha256: sha256Of(png) });
    expect(await countFiles(suite.server)).toBe(before + 1);
  });

  it('refuses 10 MB + 1 byte with 413 and stores nothing; 10 MB exactly is stored', async () => {
    const [lifang] = await suite.login('lifang');
    const before = await countFiles(suite.server);
    // A real PNG with bytes after its end: still a PNG by its bytes, only too large.
    const png = onePixelPng(200, 10, 10);
    const tooLarge = new Uint8Array(tenMegabytes + 1);
    tooLarge.set(png);
    const refused = await upload(suite.server, lifang.token, tooLarge);
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ error: { code: 'file_too_large' } });
    expect(await countFiles(suite.server)).toBe(before);

    const largest = tooLarge.subarray(0, tenMegabytes);
    const accepted = await upload(suite.server, lifang.token, largest);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ size: tenMegabytes, sha256: sha256Of(largest) });
    expect(await countFiles(suite.server)).toBe(before + 1);
  });

  it('counts an upload as it arrives: a chunked body that never ends gets 413 file_too_large', async () => {
    const [lifang] = await suite.login('lifang');
    const before = await countFiles(suite.server);
    const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      const request = http.request(new URL('/api/files', suite.server.url), {
        method: 'POST',
        headers: {
          'content-type': 'multipart/form-data; boundary=endless',
          authorization: `Bearer ${lifang.token}`,
          'transfer-encoding': 'chunked',
        },
      });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      let answered = false;
      request.on('response', (response) => {
        answered = true;
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(parts).toString(), sent });
        });
      });
      request.on('error', () => {});
      const write = () => {
        while (!answered && sent < 64 * 1024 * 1024) {
          sent += chunk.length;
          if (!request.write(chunk)) {
            request.once('drain', write);
            return;
          }
        }
        if (!answered) reject(new Error(`no answer after ${sent} bytes`));
      };
      request.write(Buffer.from('--endless\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n\r\n'));
      write();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'file_too_large' } });
    expect(answer.sent).toBeGreaterThan(tenMegabytes);
    expect(await countFiles(suite.server)).toBe(before);
  });

  it('serves a file only to members of the school that stored it: another school gets 404, as for no file', async () => {
    const [lifang, outsider] = await suite.login('lifang', 'outsider');
    const png = onePixelPng(9, 9, 9);
    const file = storedFileSchema.parse((await upload(suite.server, lifang.token, png)).body);

    const foreign = await download(suite.server, outsider.token, file.url);
    expect(foreign.status).toBe(404);
    const missing = await download(suite.server, outsider.token, `/api/files/${'0'.repeat(64)}`);
    expect(missing.status).toBe(404);
    // The same answer whether or not the file exists elsewhere: nothing tells them it does.
    expect(foreign.json).toEqual(missing.json);

    // Their own upload of the same bytes is their school's own row, served to them.
    const before = await countFiles(suite.server);
    const theirs = await upload(suite.server, outsider.token, png);
    expect(theirs.status).toBe(201);
    expect(theirs.body).toEqual(file);
    expect(await countFiles(suite.server)).toBe(before + 1);
    expect((await download(suite.server, outsider.token, file.url)).status).toBe(200);
  });

  it('answers 401 without a login, 400 to an upload without a file and to a malformed sha256', async () => {
    const [lifang] = await suite.login('lifang');
    const png = onePixelPng(4, 5, 6);
    const file = storedFileSchema.parse((await upload(suite.server, lifang.token, png)).body);
    const before = await countFiles(suite.server);

    const anonymousUpload = await upload(suite.server, null, onePixelPng(7, 7, 7));
    expect(anonymousUpload.status).toBe(401);
    expect(anonymousUpload.body).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await countFiles(suite.server)).toBe(before);
    const anonymousRead = await download(suite.server, null, file.url);
    expect(anonymousRead.status).toBe(401);
    expect(anonymousRead.bytes).not.toEqual(png);

    const noFile = await fetch(`${suite.server.url}/api/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lifang.token}` },
      body: new FormData(),
    });
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toMatchObject({ error: { code: 'invalid_body', path: ['file'] } });
    expect(await countFiles(suite.server)).toBe(before);

    for (const bad of ['abc', 'A'.repeat(64), `${'g'.repeat(64)}`, `${file.sha256}0`]) {
      const answer = await download(suite.server, lifang.token, `/api/files/${bad}`);
      expect(answer.status, bad).toBe(400);
    }
  });
});

describe('figures survive a crash', () => {
  const servers: TestServer[] = [];
  const clients: CollabClient[] = [];

  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    for (const server of servers.splice(0)) await server.stop();
  });

  it('a stored file and the figure that refers to it are there after kill -9 and a restart on the same data', async () => {
    const server = await startTestServer({ keepData: true });
    servers.push(server);
    const lifang = await loginAs(server, 'lifang');
    const png = onePixelPng(0, 160, 80);
    const file = storedFileSchema.parse((await upload(server, lifang.token, png)).body);
    const { id, docName } = await demoGuide(lifang);
    const editor = await connectClient(server.wsUrl, docName, lifang.token!);
    clients.push(editor);
    replaceContent(editor.doc, withFigure(editor.json(), file.url, '一次函数的图象'));
    await editor.acknowledged();

    await server.kill('SIGKILL');
    clients.splice(0).forEach((client) => client.destroy());
    servers.splice(0);

    const restarted = await startTestServer({ dataDir: server.dataDir });
    servers.push(restarted);
    const wanglei = await loginAs(restarted, 'wanglei');
    const served = await download(restarted, wanglei.token, file.url);
    expect(served.status).toBe(200);
    expect(served.bytes).toEqual(png);
    expect(served.headers.get('content-type')).toBe('image/png');
    const content = await wanglei.get<JSONContent>(`/api/guides/${id}/content`);
    expect(figures(content.body).map((figure) => figure.attrs)).toEqual([expect.objectContaining({ src: file.url, alt: '一次函数的图象' })]);
  });
});
