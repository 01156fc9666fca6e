import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestPostgresDatabase, dropTestPostgresDatabase, postgresAdminUrl } from './testDatabase.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TestServer {
  port: number;
  url: string;
  wsUrl: string;
  dataDir: string;
  /** The server's own Postgres database when the suite runs on Postgres (DATABASE_URL), else null. */
  databaseUrl: string | null;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Ends the process with a signal (SIGKILL simulates a crash) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Reuse a data directory (to restart a server on the same data). */
  dataDir?: string;
  /** Keep the data directory when the server stops. */
  keepData?: boolean;
  env?: Record<string, string>;
  /** Share this Postgres database (another instance of the same deployment) instead of making one. */
  databaseUrl?: string;
  /** Port to listen on; 0 (the default) lets the system pick. */
  port?: number;
  /** Node arguments that run the server; the TypeScript sources through tsx by default. */
  entry?: string[];
}

const sourceEntry = ['--import', 'tsx', 'server/index.ts'];

/** The Postgres database made for each data directory, so a restarted server finds its data. */
const postgresDatabases = new Map<string, string>();

/**
 * Starts the real server (`server/index.ts`) as a child process on a free port with a fresh
 * data directory (and, when the suite runs with DATABASE_URL, a fresh Postgres database), and
 * resolves once it prints its address. A separate process, so tests can kill it with SIGKILL
 * like a crash would.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'daoxuean-test-'));
  const adminUrl = postgresAdminUrl();
  let databaseUrl: string | null = options.databaseUrl ?? null;
  if (adminUrl && !databaseUrl) {
    databaseUrl = postgresDatabases.get(dataDir) ?? (await createTestPostgresDatabase(adminUrl));
    postgresDatabases.set(dataDir, databaseUrl);
  }
  const child = spawn(process.execPath, options.entry ?? sourceEntry, {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: '1',
      LOG_LEVEL: 'info',
      DATABASE_URL: databaseUrl ?? '',
      // The Word export's warm-up is a start-up speed-up timed in the benches; a test server
      // does without it unless a test asks for it.
      WORD_EXPORT_WARMUP_MS: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start in time:\n${output}`)), 30_000);
    const onData = () => {
      const match = output.match(/listening on http:\/\/localhost:(\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with code ${code} before listening:\n${output}`));
    });
  });

  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    dataDir,
    databaseUrl,
    process: child,
    output: () => output,
    kill,
    stop: async () => {
      await kill('SIGTERM');
      if (options.keepData) return;
      rmSync(dataDir, { recursive: true, force: true });
      if (adminUrl && databaseUrl && !options.databaseUrl) {
        postgresDatabases.delete(dataDir);
        await dropTestPostgresDatabase(adminUrl, databaseUrl);
      }
    },
  };
}

/** Runs the server entry point and resolves with its exit code and output (for start-up failures). */
export function runServerToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
