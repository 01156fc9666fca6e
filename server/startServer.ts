import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { DocStore } from './db/repos/docStore.ts';
import { PgDocStore } from './db/repos/pgDocStore.ts';
import { PersistenceExtension } from './collab/persistenceExtension.ts';
import type { Env } from './env.ts';
import { ConnectionLimits } from './collab/connectionLimits.ts';
import { createHocuspocus } from './collab/hocuspocus.ts';
import { hashSessionToken, tokenFromHeaders } from './auth/sessionToken.ts';
import { findSessionEnd } from './db/repos/sessions.ts';
import { catchUpWithOtherInstances, handleInstanceEvent } from './collab/handleInstanceEvent.ts';
import { InstanceEvents } from './collab/instanceEvents.ts';
import { attachCollabUpgrade } from './collab/websocketUpgrade.ts';
import { createHttpApp } from './http/app.ts';
import type { AppContext } from './http/appContext.ts';
import { seedDemo } from './seed/seedDemo.ts';
import { indexedDocumentStore } from './search/indexedDocumentStore.ts';
import { SearchIndexer } from './search/searchIndexer.ts';
import { startDueReminders } from './notifications/dueReminders.ts';
import { loadTemplates } from './templates/loadTemplates.ts';
import { warmGuideDocx } from './export/warmGuideDocx.ts';
import { logger } from './logger.ts';

export interface RunningServer {
  app: AppContext;
  server: Server;
  port: number;
  stop(): Promise<void>;
}

/** Boots the whole server: templates, database, collaboration and HTTP on one port. */
export async function startServer(env: Env): Promise<RunningServer> {
  const templates = loadTemplates(env.TEMPLATES_DIR);
  const database = openDatabase(env);
  await migrate(database.db as never, database.dialect);
  const storage = database.sqlite ? new DocStore(database.sqlite) : new PgDocStore(database.db);
  // Search follows what is stored: every document whose log grows is indexed again shortly after.
  const searchIndex = new SearchIndexer(database.db, storage);
  const docStore = indexedDocumentStore(storage, searchIndex);
  const persistence = new PersistenceExtension(docStore, env.COMPACT_AFTER_UPDATES, Boolean(env.REDIS_URL));
  const connectionLimits = new ConnectionLimits(env.COLLAB_MAX_CONNECTIONS_PER_USER);
  const hocuspocus = await createHocuspocus(env, database, persistence, connectionLimits);
  const instanceEvents = new InstanceEvents(env.REDIS_URL);
  const app: AppContext = { env, database, docStore, persistence, templates, hocuspocus, instanceEvents, searchIndex };
  await instanceEvents.start({
    received: (event) => handleInstanceEvent(app, event),
    reconnected: () => catchUpWithOtherInstances(app),
  });
  if (env.SEED_DEMO) await seedDemo(app);
  // Whatever was stored before search existed (or while it was off) is indexed in the background.
  void searchIndex.catchUp();
  // 明天截止 and 已逾期 reminders for lead drafters, hourly.
  const dueReminders = startDueReminders(app);

  const http = createHttpApp(app);
  const server = createServer(getRequestListener(http.fetch));
  const webSockets = attachCollabUpgrade(server, hocuspocus, {
    maxMessageBytes: env.COLLAB_MAX_MESSAGE_BYTES,
    maxConnectionsPerAddress: env.COLLAB_MAX_CONNECTIONS_PER_ADDRESS,
    authTimeoutMs: env.COLLAB_AUTH_TIMEOUT_MS,
    maxPendingOutputBytes: env.COLLAB_MAX_PENDING_OUTPUT_BYTES,
    trustProxy: env.TRUST_PROXY,
    connectionLimits,
    hasSession: async (request) => {
      const token = tokenFromHeaders(request.headers.authorization, request.headers.cookie);
      return token ? Boolean(await findSessionEnd(database.db, hashSessionToken(token))) : false;
    },
    allowedOrigins: env.ALLOWED_ORIGINS,
  });
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;

  // The Word renderer is loaded on the first export, not at start; once the server has
  // started and nobody is editing, it is loaded and run in the background so that first
  // export is fast too. While editors are connected it waits: its work would hold up their
  // updates.
  let wordWarmup: NodeJS.Timeout | null = null;
  const warmWordExportWhenIdle = () => {
    wordWarmup = null;
    if (hocuspocus.getConnectionsCount() > 0) {
      wordWarmup = setTimeout(warmWordExportWhenIdle, env.WORD_EXPORT_WARMUP_MS).unref();
      return;
    }
    warmGuideDocx(() => hocuspocus.getConnectionsCount() > 0).catch((error: unknown) =>
      logger.warn({ err: error }, 'Warming the Word export failed; the first export loads it'),
    );
  };
  if (env.WORD_EXPORT_WARMUP_MS > 0) wordWarmup = setTimeout(warmWordExportWhenIdle, env.WORD_EXPORT_WARMUP_MS).unref();

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      if (wordWarmup) clearTimeout(wordWarmup);
      hocuspocus.closeConnections();
      // Upgraded sockets still count as the HTTP server's connections: end them so close() returns.
      for (const webSocket of webSockets.clients) webSocket.close(1001, 'server-restarting');
      setTimeout(() => webSockets.clients.forEach((webSocket) => webSocket.terminate()), 500).unref();
      webSockets.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      dueReminders.stop();
      await searchIndex.stop();
      await instanceEvents.close();
      await database.close();
    })();
    return stopping;
  };
  return { app, server, port, stop };
}
