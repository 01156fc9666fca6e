import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/env.ts';
import { startServer, type RunningServer } from '../../server/startServer.ts';

/**
 * SQLITE_SYNCHRONOUS reaches the connection the server writes the update log with: PRAGMA
 * synchronous reads 1 for NORMAL and 2 for FULL (what survives a power cut, see README).
 */
let running: RunningServer | null = null;
let dataDir: string | null = null;

afterEach(async () => {
  await running?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  running = null;
  dataDir = null;
});

async function synchronousOfServerStartedWith(setting: Record<string, string>): Promise<unknown> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-synchronous-'));
  running = await startServer(parseEnv({ DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', SEED_DEMO: '0', ...setting }));
  return running.app.database.sqlite!.pragma('synchronous', { simple: true });
}

describe('SQLITE_SYNCHRONOUS', () => {
  it('FULL makes the server sync every commit (PRAGMA synchronous = 2)', async () => {
    expect(await synchronousOfServerStartedWith({ SQLITE_SYNCHRONOUS: 'FULL' })).toBe(2);
  });

  it('NORMAL makes the server sync at checkpoints only (PRAGMA synchronous = 1)', async () => {
    expect(await synchronousOfServerStartedWith({ SQLITE_SYNCHRONOUS: 'NORMAL' })).toBe(1);
  });
});
