import type { Connection, Extension, connectedPayload, onDisconnectPayload } from '@hocuspocus/server';
import { findSessionEnd } from '../db/repos/sessions.ts';
import type { AppContext } from '../appContext.ts';
import type { CollabContext } from './collabContext.ts';
import { endConnection, sessionEndedClose, sessionExpiredClose } from './connectionAccess.ts';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'session-watch' });

/** How often the watch looks for sessions past their end: a connection closes within this of it. */
const sweepIntervalMs = 250;

/**
 * Editor connections end with the session they were opened with. Each connection's session
 * end (expiry or idle deadline) is read when it connects; once it has passed, the session is
 * read again (a request may have moved its idle deadline on) and, if it has ended, the
 * connection is closed with 4401. A session ended while the connection was authenticating
 * (a logout at that moment) closes it at once. Logout itself closes connections directly
 * (see userConnections.ts).
 */
export class SessionWatchExtension implements Extension {
  extensionName = 'sessionWatch';

  private readonly watched = new Map<Connection, { sessionTokenHash: string; endsAt: number }>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(private readonly app: Pick<AppContext, 'database'>) {}

  async connected({ connection, context }: connectedPayload<CollabContext>) {
    if (!context?.sessionTokenHash) return;
    const session = await findSessionEnd(this.app.database.db, context.sessionTokenHash);
    if (!session) {
      endConnection(connection, sessionEndedClose);
      return;
    }
    // Closed while the session was read.
    if (!connection.document.hasConnection(connection)) return;
    this.watched.set(connection, { sessionTokenHash: context.sessionTokenHash, endsAt: session.endsAt });
    this.timer ??= setInterval(() => void this.sweep(), sweepIntervalMs).unref();
  }

  async onDisconnect({ document }: onDisconnectPayload) {
    for (const connection of this.watched.keys()) {
      if (connection.document === document && !document.hasConnection(connection)) this.watched.delete(connection);
    }
    this.stopWhenIdle();
  }

  async onDestroy() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async sweep() {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const now = Date.now();
      const due = new Map<string, Connection[]>();
      for (const [connection, watch] of this.watched) {
        if (watch.endsAt > now) continue;
        const connections = due.get(watch.sessionTokenHash) ?? [];
        connections.push(connection);
        due.set(watch.sessionTokenHash, connections);
      }
      for (const [sessionTokenHash, connections] of due) {
        const session = await findSessionEnd(this.app.database.db, sessionTokenHash);
        for (const connection of connections) {
          if (!session) {
            this.watched.delete(connection);
            endConnection(connection, sessionExpiredClose);
          } else if (this.watched.has(connection)) {
            this.watched.set(connection, { sessionTokenHash, endsAt: session.endsAt });
          }
        }
      }
    } catch (error) {
      log.error({ err: error }, 'Checking the sessions of editor connections failed');
    } finally {
      this.sweeping = false;
      this.stopWhenIdle();
    }
  }

  private stopWhenIdle() {
    if (this.watched.size > 0 || !this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
  }
}
