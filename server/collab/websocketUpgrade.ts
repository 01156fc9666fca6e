import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { clientAddress } from '../clientAddress.ts';
import { originAllowed } from '../originPolicy.ts';
import type { ConnectionLimits } from './connectionLimits.ts';
import { refuseUnknownDocument } from './documentNameGuard.ts';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'websocket' });

export const collabPath = '/collab';

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function toFetchRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(new URL(request.url ?? '/', 'http://localhost'), { headers });
}

/**
 * Routes WebSocket upgrades on `/collab` to Hocuspocus on the same port as the HTTP API.
 * A message over the size limit closes that one connection with 1009 and a reason, and
 * the server goes on serving everyone else.
 */
export interface CollabLimits {
  maxMessageBytes: number;
  /**
   * Sockets not yet authenticated that one client address may hold. Authenticated sockets do
   * not count, so a school behind one NAT is not locked out by anonymous sockets from it.
   */
  maxConnectionsPerAddress: number;
  /** A socket that has not authenticated a document within this many ms is closed. */
  authTimeoutMs: number;
  /** Output held for a socket that is not reading it, past which the socket is closed. */
  maxPendingOutputBytes: number;
  /** Read the client address from X-Forwarded-For (env.TRUST_PROXY). */
  trustProxy: boolean;
  /** Tells when a socket has authenticated (registered with Hocuspocus). */
  connectionLimits: ConnectionLimits;
  /** Whether an upgrade request carries a live session (the web client's cookie), which is let in over the address's limit. */
  hasSession: (request: IncomingMessage) => Promise<boolean>;
  /** Origins besides the app's own that may open editor connections (env.ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
}

/**
 * Closes a socket whose reader has fallen too far behind: Hocuspocus sends every update of a
 * document to every connection, so a client that stops reading would have the server buffer
 * all of it. Past the limit the socket is closed with 4008 (its provider reconnects and syncs
 * again), and ended outright a moment later if the close cannot get through either.
 */
function capPendingOutput(webSocket: WebSocket, maxPendingOutputBytes: number): void {
  const send = webSocket.send.bind(webSocket) as (...args: unknown[]) => void;
  let dropped = false;
  const capped = (...args: unknown[]) => {
    if (dropped) return;
    if (webSocket.bufferedAmount > maxPendingOutputBytes) {
      dropped = true;
      log.warn(`Closed a WebSocket that left ${webSocket.bufferedAmount} bytes unread`);
      webSocket.close(slowClientClose.code, slowClientClose.reason(maxPendingOutputBytes));
      setTimeout(() => webSocket.terminate(), 1000).unref();
      return;
    }
    send(...args);
  };
  webSocket.send = capped as WebSocket['send'];
}

export const slowClientClose = {
  code: 4008,
  reason: (limit: number) => `slow-client: more than ${limit} bytes were waiting to be read`,
};

export function attachCollabUpgrade(
  server: Server,
  hocuspocus: Hocuspocus,
  {
    maxMessageBytes,
    maxConnectionsPerAddress,
    authTimeoutMs,
    maxPendingOutputBytes,
    trustProxy,
    connectionLimits,
    hasSession,
    allowedOrigins = [],
  }: CollabLimits,
): WebSocketServer {
  // ws drops anything far beyond the limit without reading it; messages just over the
  // limit get a close reason the client can show.
  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes * 2 });
  const tooLarge = `message-too-large: the limit is ${maxMessageBytes} bytes`;
  const unauthenticatedPerAddress = new Map<string, number>();
  const release = (address: string) => {
    const remaining = (unauthenticatedPerAddress.get(address) ?? 1) - 1;
    if (remaining > 0) unauthenticatedPerAddress.set(address, remaining);
    else unauthenticatedPerAddress.delete(address);
  };

  server.on('upgrade', async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A page on another origin must not open an editor connection with the teacher's cookie.
    if (!originAllowed(request.headers.origin, request.headers.host, allowedOrigins)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname !== collabPath) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    const address = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustProxy);
    // Over the address's limit only a browser with a live session is let in (not counted).
    const overLimit = (unauthenticatedPerAddress.get(address) ?? 0) >= maxConnectionsPerAddress;
    const admittedBySession = overLimit && (await hasSession(request).catch(() => false));
    if (socket.destroyed) return;
    webSocketServer.handleUpgrade(request, socket, head, (webSocket) => {
      if (overLimit && !admittedBySession) {
        webSocket.close(1008, `too-many-connections: at most ${maxConnectionsPerAddress} from one address`);
        return;
      }
      capPendingOutput(webSocket, maxPendingOutputBytes);
      let counted = !admittedBySession;
      if (counted) unauthenticatedPerAddress.set(address, (unauthenticatedPerAddress.get(address) ?? 0) + 1);
      const deadline = setTimeout(() => {
        webSocket.close(4401, `unauthenticated: no document was authenticated within ${authTimeoutMs} ms`);
      }, authTimeoutMs);
      deadline.unref();
      connectionLimits.watchSocket(webSocket, () => {
        clearTimeout(deadline);
        if (counted) release(address);
        counted = false;
      });
      webSocket.once('close', () => {
        clearTimeout(deadline);
        connectionLimits.forgetSocket(webSocket);
        if (counted) release(address);
        counted = false;
      });
      const client = hocuspocus.handleConnection(webSocket, toFetchRequest(request));
      webSocket.on('message', (data) => {
        const message = toUint8Array(data);
        if (message.byteLength > maxMessageBytes) {
          webSocket.close(1009, tooLarge);
          return;
        }
        const refusal = refuseUnknownDocument(message);
        if (refusal === null) client.handleMessage(message);
        else if (refusal !== 'drop') webSocket.send(refusal);
      });
      webSocket.on('close', (code, reason) => client.handleClose({ code, reason: reason.toString() }));
      webSocket.on('error', (error) => {
        // ws has already closed the socket (e.g. 1009 for an oversized message).
        log.debug({ err: error }, 'WebSocket error');
      });
    });
  });

  return webSocketServer;
}
