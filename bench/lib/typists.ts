// Simulated teachers for the browser benchmark: real @hocuspocus/provider clients in Node, each
// typing about four characters a second into its own paragraph of the guide the browser has open.
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { connectClient, type CollabClient } from '../../tests/helpers/collabClient.ts';
import { replaceContent } from '../../tests/helpers/replaceContent.ts';
import { contentFragmentName } from '../../shared/editor/schema.ts';

/** Every paragraph's text in document order. */
function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  const visit = (element: Y.XmlElement | Y.XmlFragment) => {
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlElement) {
        if (child.nodeName === 'paragraph') {
          const text = child.toArray().find((grandchild): grandchild is Y.XmlText => grandchild instanceof Y.XmlText);
          if (text) texts.push(text);
        } else visit(child);
      }
    }
  };
  visit(doc.getXmlFragment(contentFragmentName));
  return texts;
}

/** Writes a guide's content through a provider, as an editor would, and waits for the server's acknowledgement. */
export async function writeContent(wsUrl: string, docName: string, token: string, content: JSONContent): Promise<CollabClient> {
  const client = await connectClient(wsUrl, docName, token);
  replaceContent(client.doc, content);
  await client.acknowledged(60_000);
  return client;
}

export interface Typists {
  stop(): void;
}

/** `count` teachers typing into paragraphs spread over the guide (never the first ten, where the browser types). */
export async function startTypists(wsUrl: string, docName: string, token: string, count: number, intervalMs = 250): Promise<Typists> {
  const clients = await Promise.all(Array.from({ length: count }, () => connectClient(wsUrl, docName, token)));
  const timers = clients.map((client, index) => {
    const texts = paragraphTexts(client.doc);
    const text = texts[10 + Math.floor(((index + 1) * (texts.length - 10)) / (count + 1))];
    return setInterval(() => text.insert(text.length, '字'), intervalMs + index);
  });
  return {
    stop() {
      timers.forEach((timer) => clearInterval(timer));
      clients.forEach((client) => client.destroy());
    },
  };
}
