// Builds the server into dist/server: one ES module per entry and per lazily imported part.
// esbuild only strips types; `npm run typecheck` checks them.
//
// npm packages are bundled in, minified, except those listed below. Loaded from node_modules
// as hundreds of separate ES modules (kysely alone is 262 files), the same code held about
// 20 MB more resident memory in an idle server, and whitespace, comments and long names held
// more again: V8 keeps every module's source text in memory (as two bytes a character once a
// single comment has a non-Latin character). The source maps beside the bundle map it back
// (node --enable-source-maps, at a cost of about 40 MB: Node parses every map at start).
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Left in node_modules (their subpaths too): better-sqlite3 loads its native addon and pg an
 * optional native driver; pino and ioredis find files beside their own modules (__dirname);
 * the rest are loaded only on first use (Word and Excel files, formulas, roster uploads), so
 * bundling them saves nothing at start. None of them imports a bundled package, so no package
 * is loaded twice (two copies of Yjs would not recognise each other's documents).
 */
const external = ['better-sqlite3', 'pg', 'pg-native', 'pino', 'ioredis', 'docx', 'katex', 'mathml2omml', 'exceljs', 'csv-parse', 'fast-xml-parser', 'fflate', 'mammoth'];

/**
 * Yjs's class names stay as written, though minified: the update check names the shared type
 * or content it refuses by its class (server/collab/validateUpdate.ts, constructor.name).
 * Kept for Yjs alone: esbuild's keepNames over the whole bundle held about 4 MB more.
 */
const keepYjsNames = {
  name: 'keep-yjs-names',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]node_modules[\\/]yjs[\\/]dist[\\/]yjs\.mjs$/ }, async (args) => ({
      contents: (await transform(await readFile(args.path, 'utf8'), { keepNames: true, format: 'esm', loader: 'js', sourcefile: args.path })).code,
      loader: 'js',
    }));
  },
};

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
    external,
    // Bundled CommonJS packages require Node's built-in modules; an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    minify: true,
    plugins: [keepYjsNames],
    sourcemap: true,
    logLevel: quiet ? 'warning' : 'info',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
}
