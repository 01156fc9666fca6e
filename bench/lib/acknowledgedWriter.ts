import * as Y from 'yjs';
import { LightClient } from './lightClient.ts';
import { benchTarget, type BenchServer } from './servers.ts';

/**
 * A client that writes into one text of the server's seeded guide and times each change from
 * sending it to the server's acknowledgement (the price of durability on each keystroke).
 */
export async function acknowledgedWriter(server: BenchServer, clientId: number) {
  const target = await benchTarget(server);
  let acknowledged: (() => void) | null = null;
  const client = new LightClient({
    protocol: server.protocol,
    wsUrl: server.wsUrl,
    docName: target.docName,
    token: target.token,
    clientId,
    observe: false,
    onAcknowledged: () => acknowledged?.(),
  });
  await client.connect();
  const text = new Y.XmlText();
  /** Applies the change locally, sends it, and answers the milliseconds until it was acknowledged. */
  const send = async (change: () => void): Promise<number> => {
    const before = Y.encodeStateVector(client.doc);
    change();
    const done = new Promise<void>((resolve) => (acknowledged = resolve));
    const started = performance.now();
    client.send(Y.encodeStateAsUpdate(client.doc, before));
    await done;
    return performance.now() - started;
  };
  await send(() => client.doc.getXmlFragment('default').push([text]));
  return { client, text, send, close: () => client.close() };
}
