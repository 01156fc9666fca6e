import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type * as Y from 'yjs';
import type { Guide } from '../../shared/schemas/guide.ts';
import { loginAs, type ApiClient } from './api.ts';
import { connectClient, type CollabClient } from './collabClient.ts';
import { paragraphText } from './docText.ts';
import { addOutsideTeacher } from './outsider.ts';
import { startTestServer, type TestServer, type TestServerOptions } from './testServer.ts';

export interface CollabSuiteOptions {
  /** Options of the one server the file's tests share. */
  server?: TestServerOptions;
  /** Add the second school's teacher `outsider` (see outsider.ts). */
  outsider?: boolean;
  /** Print the server's output after the file's tests (to read what it logged). */
  showOutput?: boolean;
}

export interface CollabSuite {
  /** The file's server, started before its tests. */
  readonly server: TestServer;
  /** API clients logged in as these demo users, in order. */
  login(...usernames: string[]): Promise<ApiClient[]>;
  /** An editor connection as that user; closed after the test that opened it. */
  connect(api: ApiClient, docName: string, doc?: Y.Doc): Promise<CollabClient>;
  /** Closes one connection before the test ends (a teacher closing the tab). */
  release(client: CollabClient): void;
  /**
   * A guide the leader assigned to 李芳, who wrote its first sentence and submitted it: the
   * group is in 集体审稿 and members may only suggest.
   */
  guideInReview(leader: ApiClient, drafter: ApiClient, title: string): Promise<Guide>;
}

export const reviewSentence = '理解一次函数的概念，会画一次函数的图象。';

/**
 * The set-up of an integration test file that works with live documents: one real server for
 * the file, editor connections that are closed after each test, and the server stopped (its
 * data removed) after the last.
 */
export function collabSuite(options: CollabSuiteOptions = {}): CollabSuite {
  let server: TestServer | undefined;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startTestServer(options.server);
    if (options.outsider) await addOutsideTeacher(server);
  });

  afterEach(() => {
    clients.splice(0).forEach((client) => client.destroy());
  });

  afterAll(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    if (options.showOutput || process.env.SHOW_SERVER_OUTPUT) console.log(server?.output());
    await server?.stop();
  });

  const suite: CollabSuite = {
    get server() {
      if (!server) throw new Error('The collaboration suite has not started yet');
      return server;
    },
    login: (...usernames) => Promise.all(usernames.map((username) => loginAs(suite.server, username))),
    async connect(api, docName, doc) {
      const client = await connectClient(suite.server.wsUrl, docName, api.token!, doc);
      clients.push(client);
      return client;
    },
    release(client) {
      client.destroy();
      const index = clients.indexOf(client);
      if (index >= 0) clients.splice(index, 1);
    },
    async guideInReview(leader, drafter, title) {
      const created = await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' });
      expect(created.status).toBe(201);
      const guide = created.body;
      const writer = await suite.connect(drafter, guide.docName);
      paragraphText(writer.doc, 0).insert(0, reviewSentence);
      await writer.acknowledged();
      suite.release(writer);
      expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
      return guide;
    },
  };
  return suite;
}
