import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from '../../server/env.ts';
import { startServer, type RunningServer } from '../../server/startServer.ts';
import { createTestPostgresDatabase, dropTestPostgresDatabase, postgresAdminUrl } from './testDatabase.ts';
import { repoRoot, type TestServer } from './testServer.ts';

export interface InProcessServer extends Pick<TestServer, 'port' | 'url' | 'wsUrl' | 'dataDir' | 'databaseUrl'> {
  /** The running server's context, to run a command that has no route yet (as its route will). */
  app: RunningServer['app'];
  stop(): Promise<void>;
}

/**
 * The real server started inside the test process (port 0, a fresh data directory and, on
 * Postgres, a fresh database unless `databaseUrl` shares one), for tests that call a server
 * command directly. Everything else goes over HTTP and WebSocket as with startTestServer.
 */
export async function startInProcessServer(options: { env?: Record<string, string>; databaseUrl?: string } = {}): Promise<InProcessServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-test-'));
  const adminUrl = postgresAdminUrl();
  const databaseUrl = options.databaseUrl ?? (adminUrl ? await createTestPostgresDatabase(adminUrl) : null);
  const running = await startServer(
    parseEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: '1',
      LOG_LEVEL: 'silent',
      TEMPLATES_DIR: path.join(repoRoot, 'templates'),
      DATABASE_URL: databaseUrl ?? '',
      WORD_EXPORT_WARMUP_MS: '0',
      ...options.env,
    }),
  );
  return {
    app: running.app,
    port: running.port,
    url: `http://127.0.0.1:${running.port}`,
    wsUrl: `ws://127.0.0.1:${running.port}/collab`,
    dataDir,
    databaseUrl,
    stop: async () => {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
      if (adminUrl && databaseUrl && !options.databaseUrl) await dropTestPostgresDatabase(adminUrl, databaseUrl);
    },
  };
}
