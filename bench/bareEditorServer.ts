// Bare Hocuspocus (no auth, no persistence, no extensions) that also serves the bare editor
// page (bench/bareEditor, built into BARE_EDITOR_DIR): the browser benchmark's baseline.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Server } from '@hocuspocus/server';

const root = path.resolve(process.env.BARE_EDITOR_DIR ?? 'dist/bench/bareEditor');
const contentTypes: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: '127.0.0.1',
  quiet: true,
  stopOnSignals: true,
  async onRequest({ request, response }) {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.join(root, pathname === '/' ? 'index.html' : path.normalize(pathname));
    if (!file.startsWith(root)) return;
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
    // Answered here: Hocuspocus's own welcome text is not sent.
    throw null;
  },
});
await server.listen();
console.log(`listening on http://localhost:${server.address.port}`);
