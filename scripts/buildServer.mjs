// Builds the server into dist/server: one ES module per entry and per lazily imported part,
// with npm packages left as imports (node_modules is there at run time). esbuild only strips
// types; `npm run typecheck` checks them.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildServer({ entry = 'server/index.ts', outdir = path.join(root, 'dist/server'), quiet = false } = {}) {
  await build({
    absWorkingDir: root,
    // The Word import's parse thread is an entry of its own, beside the bundle (server/import/readGuideDocxInWorker.ts).
    entryPoints: [
      { in: entry, out: path.basename(entry).replace(/\.[cm]?[jt]s$/, '') },
      { in: 'server/import/docxParseWorker.ts', out: 'docxParseWorker' },
    ],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: quiet ? 'warning' : 'info',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
}
