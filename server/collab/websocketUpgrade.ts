import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type RawData } from 'ws';
import { originAllowed } from '../originPolicy.ts';
import { refuseUnknownDocument } from './documentNameGuard.ts';

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
  /** A school behind one NAT shares an address, so this is generous; it stops floods, not classrooms. */
  maxConnectionsPerAddress: number;
  /** Origins besides the app's own that may open editor connections (env.ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
}

export function attachCollabUpgrade(
  server: Server,
  hocuspocus: Hocuspocus,
  { maxMessageBytes, maxConnectionsPerAddress, allowedOrigins = [] }: CollabLimits,
): WebSocketServer {
  // ws drops anything far beyond the limit without reading it; messages just over the
  // limit get a close reason the client can show.
  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes * 2 });
  const tooLarge = `message-too-large: the limit is ${maxMessageBytes} bytes`;
  const openPerAddress = new Map<string, number>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
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
    webSocketServer.handleUpgrade(request, socket, head, (webSocket) => {
      const address = request.socket.remoteAddress ?? 'unknown';
      const open = (openPerAddress.get(address) ?? 0) + 1;
      if (open > maxConnectionsPerAddress) {
        webSocket.close(1008, `too-many-connections: at most ${maxConnectionsPerAddress} from one address`);
        return;
      }
      openPerAddress.set(address, open);
      webSocket.once('close', () => {
        const remaining = (openPerAddress.get(address) ?? 1) - 1;
        if (remaining > 0) openPerAddress.set(address, remaining);
        else openPerAddress.delete(address);
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
        if (process.env.LOG_LEVEL === 'debug') console.warn('WebSocket error', error.message);
      });
    });
  });

  return webSocketServer;
}
