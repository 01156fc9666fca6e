import type { Extension, WebSocketLike, connectedPayload, onDisconnectPayload } from '@hocuspocus/server';
import type { CollabContext } from './collabContext.ts';

/**
 * Limits that go by who is connected rather than where from: the editor connections each
 * user holds (checked when a document authenticates, see AuthenticationExtension), and
 * whether a socket has authenticated any document yet (the upgrade handler closes sockets
 * that have not within a deadline, and counts only those against their address).
 */
export class ConnectionLimits implements Extension {
  extensionName = 'connectionLimits';

  private readonly perUser = new Map<string, number>();
  private readonly counted = new WeakSet<object>();
  private readonly waitingSockets = new Map<WebSocketLike, () => void>();

  constructor(readonly maxPerUser: number) {}

  /** Whether the user already holds as many editor connections as one user may. */
  userAtLimit(userId: string): boolean {
    return (this.perUser.get(userId) ?? 0) >= this.maxPerUser;
  }

  /** Calls `authenticated` once, when a document on this socket has authenticated and connected. */
  watchSocket(socket: WebSocketLike, authenticated: () => void): void {
    this.waitingSockets.set(socket, authenticated);
  }

  forgetSocket(socket: WebSocketLike): void {
    this.waitingSockets.delete(socket);
  }

  async connected({ connection, context }: connectedPayload<CollabContext>) {
    const authenticated = this.waitingSockets.get(connection.webSocket);
    if (authenticated) {
      this.waitingSockets.delete(connection.webSocket);
      authenticated();
    }
    if (!context?.user || this.counted.has(context)) return;
    this.counted.add(context);
    this.perUser.set(context.user.id, (this.perUser.get(context.user.id) ?? 0) + 1);
  }

  async onDisconnect({ context }: onDisconnectPayload<CollabContext>) {
    if (!context?.user || !this.counted.has(context)) return;
    this.counted.delete(context);
    const remaining = (this.perUser.get(context.user.id) ?? 1) - 1;
    if (remaining > 0) this.perUser.set(context.user.id, remaining);
    else this.perUser.delete(context.user.id);
  }
}
