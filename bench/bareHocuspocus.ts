// A bare Hocuspocus 4 server (no auth, no persistence, no extensions): the baseline the
// product's server is compared with.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT ?? 0), address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
console.log(`listening on http://localhost:${server.address.port}`);
