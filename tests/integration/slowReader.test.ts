import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'node:net';
import type WebSocket from 'ws';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * A client that stops reading (a frozen tab, a stalled network) must not make the server hold
 * everything sent to it: past COLLAB_MAX_PENDING_OUTPUT_BYTES its socket is closed, and the
 * teachers who read normally go on editing.
 */
const capBytes = 1024 * 1024;
const edits = 240;
const editBytes = 100 * 1024;
/** Room for what the kernel holds in flight on a loopback connection (its send buffer grows to 4 MB). */
const kernelBuffers = 8 * 1024 * 1024;

let server: TestServer;
let api: ApiClient;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ env: { COLLAB_MAX_PENDING_OUTPUT_BYTES: String(capBytes) } });
  api = await loginAs(server, 'lifang');
});

afterAll(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await server?.stop();
});

/** Types `edits` large runs, each inserted and deleted again: the document stays small, the traffic does not. */
async function typeBurst(writer: CollabClient): Promise<void> {
  const chunk = '慢'.repeat(editBytes / 3);
  for (let index = 0; index < edits; index++) {
    const text = paragraphText(writer.doc, 1);
    text.insert(0, chunk);
    text.delete(0, chunk.length);
    await writer.acknowledged();
  }
}

describe('a client that stops reading', () => {
  it(`is dropped once ${capBytes} bytes wait for it, instead of being kept everything sent to it, while the others edit on`, async () => {
    const docName = (await api.guides()).body[0].docName;
    const writer = await connectClient(server.wsUrl, docName, api.token!);
    const observer = await connectClient(server.wsUrl, docName, api.token!);
    const slow = await connectClient(server.wsUrl, docName, api.token!);
    clients.push(writer, observer, slow);
    const slowSocket = (slow.socket as unknown as { webSocket: WebSocket & { _socket: Socket } }).webSocket;
    let slowClosed = false;
    slowSocket.once('close', () => (slowClosed = true));
    // The slow client stops reading: what the server sends it waits on the server (and in the
    // kernel's socket buffers, a few MB at most).
    slowSocket._socket.pause();
    const readBeforePause = slowSocket._socket.bytesRead;
    await typeBurst(writer);

    paragraphText(writer.doc, 1).insert(0, '最后一句');
    await writer.acknowledged();
    await waitFor(() => paragraphText(observer.doc, 1).toString().includes('最后一句'), 'the reading client to get every edit');

    // About 24 MB went out to each reader. What reaches the paused one once it reads again is
    // what was held for it: the server let it go at the limit instead of keeping it all. (Its
    // memory is not compared: the garbage of 24 MB of traffic moves it by more than that.)
    slowSocket._socket.resume();
    await waitFor(() => slowClosed, 'the slow client’s socket to be closed by the server', 10_000);
    const heldForIt = slowSocket._socket.bytesRead - readBeforePause;
    expect(heldForIt, `${heldForIt} bytes reached the paused client after it read again`).toBeLessThan(capBytes + kernelBuffers);
    expect(edits * editBytes).toBeGreaterThan(2 * (capBytes + kernelBuffers));
  }, 120_000);
});
