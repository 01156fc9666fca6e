import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../scripts/buildServer.mjs';
import { freePort } from './freePort.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type ServerKind = 'daoxuean' | 'hocuspocus' | 'y-websocket';

/**
 * How a Hocuspocus-protocol server runs: `compiled` (the default) runs JavaScript built by
 * esbuild, as `npm start` runs the product; `tsx` runs the TypeScript sources through tsx, as
 * the product ran before it was compiled (kept for the idle-memory comparison).
 */
export type Runner = 'compiled' | 'tsx';
export type Protocol = 'hocuspocus' | 'y-websocket';

export interface BenchServer {
  kind: ServerKind;
  protocol: Protocol;
  pid: number;
  /** WebSocket URL; y-websocket appends the room name. */
  wsUrl: string;
  httpUrl: string;
  dataDir: string | null;
  stop(): Promise<void>;
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

/** BENCH_PROFILE_DIR=dir: each Hocuspocus-protocol server writes a V8 CPU profile (.cpuprofile) there. */
const profileDir = process.env.BENCH_PROFILE_DIR ? path.resolve(process.env.BENCH_PROFILE_DIR) : null;

function stopper(child: ChildProcess, dataDir: string | null, graceful = false) {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (graceful) {
        // A profiled server writes its profile only when it exits by itself.
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      } else {
        child.kill('SIGKILL');
        await exited;
      }
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

const built = new Map<string, Promise<string>>();

/** Builds a server entry once per benchmark process into dist/bench; resolves with the built file. */
function compiled(script: string): Promise<string> {
  let done = built.get(script);
  if (!done) {
    const name = path.basename(script, '.ts');
    const outdir = path.join(repoRoot, 'dist/bench', name);
    done = buildServer({ entry: script, outdir, quiet: true }).then(() => path.join(outdir, `${name}.js`));
    built.set(script, done);
  }
  return done;
}

/** Starts one of the compared servers as its own process. */
export async function startBenchServer(kind: ServerKind, env: Record<string, string> = {}, runner: Runner = 'compiled'): Promise<BenchServer> {
  if (kind === 'y-websocket') {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/y-websocket/bin/server.cjs')], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForLine(child, /running at/);
    return {
      kind,
      protocol: 'y-websocket',
      pid: child.pid!,
      wsUrl: `ws://127.0.0.1:${port}`,
      httpUrl: `http://127.0.0.1:${port}`,
      dataDir: null,
      stop: stopper(child, null),
    };
  }
  const dataDir = kind === 'daoxuean' ? mkdtempSync(path.join(tmpdir(), 'daoxuean-bench-')) : null;
  const script = kind === 'daoxuean' ? 'server/index.ts' : 'bench/bareHocuspocus.ts';
  // One folder per run: the main thread and tsx's loader thread each write a profile.
  const profileArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, `${kind}-${Date.now()}`)}`] : [];
  const entry = runner === 'compiled' ? [await compiled(script)] : ['--import', 'tsx', script];
  const child = spawn(process.execPath, [...profileArgs, ...entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir ?? '',
      SEED_DEMO: '1',
      LOG_LEVEL: 'silent',
      // Every simulated teacher connects from this one machine.
      COLLAB_MAX_CONNECTIONS_PER_ADDRESS: '100000',
      // And as one teacher: the load logs in once.
      COLLAB_MAX_CONNECTIONS_PER_USER: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await waitForLine(child, /listening on http:\/\/localhost:(\d+)/);
  const port = Number(match[1]);
  return {
    kind,
    protocol: 'hocuspocus',
    pid: child.pid!,
    wsUrl: kind === 'daoxuean' ? `ws://127.0.0.1:${port}/collab` : `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    dataDir,
    stop: stopper(child, dataDir, profileDir !== null),
  };
}

/** The document and token the load uses: the product's seeded guide (with auth), or any name for the peers. */
export async function benchTarget(server: BenchServer): Promise<{ docName: string; token: string }> {
  if (server.kind !== 'daoxuean') return { docName: `bench-${Date.now()}`, token: 'bench' };
  const login = await fetch(`${server.httpUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lifang', password: 'demo1234' }),
  });
  const { token } = (await login.json()) as { token: string };
  const guides = await fetch(`${server.httpUrl}/api/guides`, { headers: { authorization: `Bearer ${token}` } });
  const [guide] = (await guides.json()) as { docName: string }[];
  return { docName: guide.docName, token };
}

/**
 * Bare Hocuspocus serving the bare editor page (bench/bareEditor, built by Vite first): the
 * browser benchmark's baseline, compiled like the other servers.
 */
export async function startBareEditorServer(): Promise<BenchServer> {
  const pageDir = path.join(repoRoot, 'dist/bench/bareEditor');
  await buildBareEditorPage();
  const child = spawn(process.execPath, [await compiled('bench/bareEditorServer.ts')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', BARE_EDITOR_DIR: pageDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await waitForLine(child, /listening on http:\/\/localhost:(\d+)/);
  const port = Number(match[1]);
  return {
    kind: 'hocuspocus',
    protocol: 'hocuspocus',
    pid: child.pid!,
    wsUrl: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    dataDir: null,
    stop: stopper(child, null),
  };
}

let barePageBuilt: Promise<void> | null = null;

function buildBareEditorPage(): Promise<void> {
  barePageBuilt ??= new Promise<void>((resolve, reject) => {
    const build = spawn(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'bench/bareEditor/vite.config.ts'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build of the bare editor page failed (${code})`))));
  });
  return barePageBuilt;
}

/** Builds the product's client (dist/client, with its Vite manifest) once per benchmark process. */
let clientBuilt: Promise<void> | null = null;
export function buildClient(): Promise<void> {
  clientBuilt ??= new Promise<void>((resolve, reject) => {
    const build = spawn(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
    build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build of the client failed (${code})`))));
  });
  return clientBuilt;
}
