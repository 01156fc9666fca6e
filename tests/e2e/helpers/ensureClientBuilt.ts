import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repoRoot.ts';

const builtIndex = path.join(repoRoot, 'dist/client/index.html');

/** The newest modification time of any file under a folder. */
function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the client with Vite when dist/client is missing, or older than the client or shared
 * sources (so a test never runs against a stale bundle). The server serves dist/client.
 */
export function ensureClientBuilt(): void {
  if (existsSync(builtIndex)) {
    const builtAt = statSync(builtIndex).mtimeMs;
    const sourcesChangedAt = Math.max(
      newestChange(path.join(repoRoot, 'client')),
      newestChange(path.join(repoRoot, 'shared')),
    );
    if (builtAt >= sourcesChangedAt) return;
  }
  execFileSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'pipe', timeout: 170_000 });
}
