import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Handler } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves the built client; any path that is not a file gets index.html (client-side routes). */
export function staticClient(directory: string): Handler {
  const root = path.resolve(directory);
  return (context) => {
    const index = path.join(root, 'index.html');
    if (!existsSync(index)) {
      return context.text('The client is not built yet: run `npm run build` (npm start does it for you).', 503);
    }
    const requested = path.resolve(root, `.${decodeURIComponent(context.req.path)}`);
    const inside = requested.startsWith(root + path.sep);
    const file = inside && existsSync(requested) && statSync(requested).isFile() ? requested : index;
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
    const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    return context.body(readFileSync(file), 200, { 'content-type': type, 'cache-control': cache });
  };
}
