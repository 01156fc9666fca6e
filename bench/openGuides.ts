// 1,000 open guides with a few editors each on one server: its RSS and CPU while the
// editors type slowly (one character every 5 s each).
import * as Y from 'yjs';
import { LightClient } from './lib/lightClient.ts';
import { sampleProcess } from './lib/procStats.ts';
import { startBenchServer } from './lib/servers.ts';

export interface OpenGuidesResult {
  guides: number;
  editorsPerGuide: number;
  serverRssMb: number;
  serverCpu: number;
  idleRssMb: number;
}

async function api<Body>(url: string, token: string | null, method = 'GET', body?: unknown): Promise<Body> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Body;
}

export async function openGuides(guides = 1000, editorsPerGuide = 3, measureMs = 10_000): Promise<OpenGuidesResult> {
  const server = await startBenchServer('daoxuean');
  const clients: LightClient[] = [];
  try {
    const login = (username: string) =>
      api<{ token: string }>(`${server.httpUrl}/api/auth/login`, null, 'POST', { username, password: 'demo1234' });
    const leader = await login('wanglei');
    const drafter = await login('lifang');
    const idleRssMb = sampleProcess(server.pid).stop().rssMb;
    const docNames: string[] = [];
    for (let index = 0; index < guides; index += 1) {
      const guide = await api<{ docName: string }>(`${server.httpUrl}/api/guides`, leader.token, 'POST', {
        title: `第${index + 1}课`,
        templateId: 'general',
        groupId: 'group-math8',
        leadDrafterId: 'user-lifang',
      });
      docNames.push(guide.docName);
    }
    let clientId = 1;
    for (const docName of docNames) {
      for (let editor = 0; editor < editorsPerGuide; editor += 1) {
        const client = new LightClient({
          protocol: 'hocuspocus',
          wsUrl: server.wsUrl,
          docName,
          token: drafter.token,
          clientId: clientId++,
          observe: false,
        });
        await client.connect();
        clients.push(client);
      }
    }
    const texts = clients.map((client) => {
      const text = new Y.XmlText();
      const before = Y.encodeStateVector(client.doc);
      client.doc.getXmlFragment('default').push([text]);
      client.send(Y.encodeStateAsUpdate(client.doc, before));
      return text;
    });
    const sample = sampleProcess(server.pid);
    const intervalMs = 5000 / clients.length;
    let next = 0;
    const timer = setInterval(() => {
      for (let burst = 0; burst < Math.max(1, Math.round(10 / intervalMs)); burst += 1) {
        const index = next++ % clients.length;
        const client = clients[index];
        const before = Y.encodeStateVector(client.doc);
        texts[index].insert(texts[index].length, '字');
        client.send(Y.encodeStateAsUpdate(client.doc, before));
      }
    }, 10);
    await new Promise((resolve) => setTimeout(resolve, measureMs));
    clearInterval(timer);
    const stats = sample.stop();
    return {
      guides,
      editorsPerGuide,
      serverRssMb: Math.round(stats.rssMb),
      serverCpu: Math.round(stats.cpu * 1000) / 1000,
      idleRssMb: Math.round(idleRssMb),
    };
  } finally {
    clients.forEach((client) => client.close());
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await openGuides(Number(process.argv[2] ?? 1000)));
