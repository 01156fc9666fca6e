import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './repoRoot.ts';

export interface TestServer {
  /** e.g. http://localhost:41234 */
  url: string;
  stop: () => Promise<void>;
}

const listeningLine = /listening on (http:\/\/localhost:(\d+))/;

/**
 * Starts the real server (`npx tsx server/index.ts`) on a free port with a fresh data folder
 * and the demo data, and resolves once it prints its `listening on` line. `stop` ends the
 * whole process group (npx -> tsx -> node) and removes the data folder.
 */
export function startTestServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-e2e-'));
  const child = spawn('npx', ['tsx', 'server/index.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SEED_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });

  const stop = async () => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5_000);
      await exitedPromise;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  return new Promise<TestServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the server did not print "listening on" within 60 s. Output:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = listeningLine.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      // Keep draining, so a chatty server never blocks on a full pipe.
      child.stdout.resume();
      resolve({ url: match[1], stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before listening. Output:\n${output}`));
    });
  });
}
