import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/buildServer.mjs';
import { loginAs } from '../helpers/api.ts';
import { uploadDocx } from '../helpers/docxUpload.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { repoRoot, startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * `npm start` runs the server compiled into dist/server, not the TypeScript sources. This
 * builds it the same way (into its own folder inside the repository, where node_modules
 * resolves) and checks the compiled server seeds, logs in and serves a guide.
 */
describe('the compiled server', () => {
  const outdir = path.join(repoRoot, 'dist', `server-test-${process.pid}`);
  let server: TestServer;

  beforeAll(async () => {
    await buildServer({ outdir, quiet: true });
    server = await startTestServer({ entry: ['--enable-source-maps', path.join(outdir, 'index.js')] });
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(outdir, { recursive: true, force: true });
  });

  it('runs as JavaScript without tsx and serves the seeded demo guide', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'wanglei', password: 'demo1234' }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const guides = await fetch(`${server.url}/api/guides`, { headers: { authorization: `Bearer ${token}` } });
    expect(guides.status).toBe(200);
    const list = (await guides.json()) as { title: string }[];
    expect(list.map((guide) => guide.title)).toContain('19.2.2 一次函数（第1课时）');
    // The process runs the built file: no TypeScript loader among its arguments.
    expect(server.process.spawnargs.join(' ')).not.toMatch(/tsx|\.ts\b/);
  });

  it('reads a Word file on its parse thread, built beside the bundle', async () => {
    const client = await loginAs(server, 'wanglei');
    const groupId = (await client.guide((await client.guides()).body[0].id)).body.groupId;
    const file = readFileSync(path.join(fixturePath('import-corpus'), '01_math_8x_gougudingli_tanjiu.docx'));
    const preview = await uploadDocx<{ title: string; blocks: unknown[] }>(server, client.token, '/api/import/docx/preview', file, { groupId });
    expect(preview.status).toBe(200);
    expect(preview.body.title).toBe('17.1 勾股定理');
    expect(preview.body.blocks.length).toBeGreaterThan(3);
  });
});
