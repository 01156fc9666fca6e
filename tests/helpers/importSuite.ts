import { afterAll, beforeAll } from 'vitest';
import { loginAs, type ApiClient } from './api.ts';
import { startTestServer, type TestServer } from './testServer.ts';

export interface ImportSuite {
  /** The file's server, started before its tests. */
  readonly server: TestServer;
  /** The group leader 王磊, who imports Word files into his group. */
  readonly leader: ApiClient;
  /** The group of the seeded guide (初二数学). */
  readonly groupId: string;
}

/**
 * The set-up of an integration test file about the Word import: one real server for the
 * file, the leader logged in and his group known, and the server stopped (its data removed)
 * after the last test.
 */
export function importSuite(): ImportSuite {
  let state: ImportSuite | undefined;

  beforeAll(async () => {
    const server = await startTestServer();
    const leader = await loginAs(server, 'wanglei');
    const groupId = (await leader.guide((await leader.guides()).body[0].id)).body.groupId;
    state = { server, leader, groupId };
  });

  afterAll(async () => {
    await state?.server.stop();
  });

  const started = (): ImportSuite => {
    if (!state) throw new Error('importSuite: used before its beforeAll ran');
    return state;
  };
  return {
    get server() {
      return started().server;
    },
    get leader() {
      return started().leader;
    },
    get groupId() {
      return started().groupId;
    },
  };
}
