// What each page of the client makes the browser download: the JavaScript chunks reachable by
// static imports from the app's entry and from the page's own module (its lazy route chunk),
// read from the Vite manifest of a production build, each gzipped at level 9 and summed.
//
//   npx tsx bench/bundleSize.ts   (builds the client first when dist/client has no manifest)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './lib/servers.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

// Every page but the login page waits for the whole message catalogue (a chunk of its own), and
// the pages in the app's frame for the frame (top bar, inbox), loaded lazily like the page.
const allMessages = 'i18n/zh-CN.json';
const frame = 'components/AppLayout.tsx';

/** Each page by the modules its route loads lazily (keys of the Vite manifest, relative to client/). */
export const pageModules = {
  login: ['features/auth/LoginPage.tsx'],
  guideList: [allMessages, frame, 'features/guides/GuideListPage.tsx'],
  editor: [allMessages, frame, 'features/editor/EditorPage.tsx'],
  print: [allMessages, 'features/print/PrintGuidePage.tsx'],
  import: [allMessages, frame, 'features/import/ImportPage.tsx'],
  admin: [allMessages, frame, 'features/admin/AdminLayout.tsx', 'features/admin/TeachersPage.tsx'],
} as const;

export type PageName = keyof typeof pageModules;

export interface BundleSizes {
  /** Gzipped JavaScript each page loads, KB. */
  gzipKb: Record<PageName, number>;
  /** The largest single chunk of the build (minified, KB) and its file. */
  largestChunk: { file: string; kb: number };
}

const clientDir = path.join(repoRoot, 'dist/client');
const manifestPath = path.join(clientDir, '.vite/manifest.json');

export function bundleSizes(): BundleSizes {
  if (!existsSync(manifestPath)) execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: repoRoot, stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry');
  const gzipCache = new Map<string, number>();
  const gzipBytes = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(clientDir, file)), { level: 9 }).length;
      gzipCache.set(file, size);
    }
    return size;
  };
  const closure = (keys: readonly string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      const chunk = manifest[key];
      if (!chunk) throw new Error(`${key} is not in the Vite manifest: is it still a lazily loaded page?`);
      seen.add(key);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  };
  const gzipKb = Object.fromEntries(
    Object.entries(pageModules).map(([page, modules]) => {
      const bytes = closure([entry, ...modules]).reduce((sum, file) => sum + gzipBytes(file), 0);
      return [page, Math.round((bytes / 1024) * 10) / 10];
    }),
  ) as Record<PageName, number>;
  const chunks = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js'));
  const largest = chunks.map((chunk) => ({ file: chunk.file, kb: Math.round(readFileSync(path.join(clientDir, chunk.file)).length / 1024) })).sort((a, b) => b.kb - a.kb)[0];
  return { gzipKb, largestChunk: largest };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = bundleSizes();
  console.log('| page | JS loaded, KB gzip |\n|---|---|');
  for (const [page, kb] of Object.entries(sizes.gzipKb)) console.log(`| ${page} | ${kb} |`);
  console.log(`largest chunk: ${sizes.largestChunk.file} (${sizes.largestChunk.kb} KB minified)`);
}
