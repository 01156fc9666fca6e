// npm start: build what is missing or older than its sources (the client into dist/client,
// the server into dist/server), then run the compiled server (app + API + WebSocket on PORT).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './buildServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const clientDir = process.env.CLIENT_DIR ?? path.join(root, 'dist/client');
const serverEntry = path.join(root, 'dist/server/index.js');

/** The newest modification time of the files under these paths (0 when there are none). */
function newestSource(paths) {
  let newest = 0;
  const visit = (file) => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const item of paths) if (existsSync(item)) visit(item);
  return newest;
}

/** Whether `output` is missing or older than any of `sources`. */
function stale(output, sources) {
  if (!existsSync(output)) return true;
  return statSync(output).mtimeMs < newestSource(sources.map((source) => path.join(root, source)));
}

const configs = ['package.json', 'package-lock.json'];
// A CLIENT_DIR given by the operator is theirs to build.
if (!process.env.CLIENT_DIR && stale(path.join(clientDir, 'index.html'), ['client', 'shared', 'vite.config.ts', ...configs])) {
  console.log('Building the client...');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (stale(serverEntry, ['server', 'shared', 'scripts/buildServer.mjs', ...configs])) {
  console.log('Building the server...');
  await buildServer();
}

// No --enable-source-maps: Node would parse the maps of the whole bundle at start, about 40 MB
// of memory held for as long as the server runs. Stack traces then name the bundle's minified
// code; NODE_OPTIONS=--enable-source-maps (passed on to the server) maps them to the sources.
const server = spawn(process.execPath, [serverEntry], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
