import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loginAs } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { loadEditingTrace } from '../helpers/editingTrace.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

const servers: TestServer[] = [];
const clients: CollabClient[] = [];

afterAll(async () => {
  clients.forEach((client) => client.destroy());
  for (const server of servers) await server.stop();
});

describe('a real editing trace through the server', () => {
  it(
    'replays 137,154 transactions from a real provider and ends exactly at the trace’s end content, live and after a restart',
    async () => {
      const trace = loadEditingTrace();
      // The trace has no characters outside the BMP, so code points equal UTF-16 offsets.
      expect([...trace.endContent].length).toBe(trace.endContent.length);

      const server = await startTestServer({ keepData: true });
      servers.push(server);
      const drafter = await loginAs(server, 'lifang');
      const docName = (await drafter.guides()).body[0].docName;
      const writer = await connectClient(server.wsUrl, docName, drafter.token!);
      const observer = await connectClient(server.wsUrl, docName, (await loginAs(server, 'wanglei')).token!);
      clients.push(writer, observer);

      // A fresh paragraph at the end of the last block holds the replayed text.
      const fragment = writer.doc.getXmlFragment('default');
      const lastBlock = fragment.get(fragment.length - 1) as Y.XmlElement;
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText(trace.startContent);
      paragraph.insert(0, [text]);
      lastBlock.push([paragraph]);

      for (const [index, transaction] of trace.txns.entries()) {
        writer.doc.transact(() => {
          for (const [position, deleteCount, insertText] of transaction.patches) {
            if (deleteCount > 0) text.delete(position, deleteCount);
            if (insertText) text.insert(position, insertText);
          }
        });
        // Let the socket drain now and then, as a typing teacher would.
        if (index % 2000 === 1999) await new Promise((resolve) => setImmediate(resolve));
      }
      expect(text.toString()).toBe(trace.endContent);
      // Postgres appends each update before acknowledging it: a round trip per keystroke.
      await writer.acknowledged(process.env.DATABASE_URL ? 480_000 : 120_000);

      const observed = () => {
        const block = observer.doc.getXmlFragment('default').get(fragment.length - 1) as Y.XmlElement;
        const last = block.get(block.length - 1) as Y.XmlElement;
        return (last.get(0) as Y.XmlText | undefined)?.toString();
      };
      await waitFor(() => observed() === trace.endContent, 'the observer to reach the end content', 60_000);

      await server.kill('SIGKILL');
      const restarted = await startTestServer({ dataDir: server.dataDir });
      servers.push(restarted);
      const reader = await connectClient(restarted.wsUrl, docName, (await loginAs(restarted, 'zhangwei')).token!);
      clients.push(reader);
      const block = reader.doc.getXmlFragment('default').get(fragment.length - 1) as Y.XmlElement;
      const replayed = (block.get(block.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
      expect(replayed.toString()).toBe(trace.endContent);
      expect(paragraphText(reader.doc, 0).toString()).toBe(paragraphText(writer.doc, 0).toString());
    },
    process.env.DATABASE_URL ? 600_000 : 300_000,
  );
});
