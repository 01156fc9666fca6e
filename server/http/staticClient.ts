import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';

/** Hashed build output (under assets/) never changes under its name; everything else is revalidated. */
function cacheFor(root: string) {
  return (filePath: string, context: Context): void => {
    const hashed = path.relative(root, filePath).split(path.sep)[0] === 'assets';
    context.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}

/**
 * Serves the built client with @hono/node-server's serveStatic (which refuses `..` and
 * encoded separators); any GET that is not a file gets index.html, for the client's own
 * routes.
 */
export function staticClient(directory: string): [MiddlewareHandler, MiddlewareHandler, MiddlewareHandler] {
  const root = path.resolve(directory);
  const notBuilt: MiddlewareHandler = async (context, next) => {
    if (!existsSync(path.join(root, 'index.html'))) {
      return context.text('The client is not built yet: run `npm run build` (npm start does it for you).', 503);
    }
    return next();
  };
  return [
    notBuilt,
    serveStatic({ root, onFound: cacheFor(root) }),
    serveStatic({ root, path: 'index.html', onFound: cacheFor(root) }),
  ];
}
