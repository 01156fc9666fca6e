import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api.ts';
import { uploadDocx } from '../helpers/docxUpload.ts';
import { longGuideDocx } from '../helpers/largeDocx.ts';
import { importSuite } from '../helpers/importSuite.ts';
import type { TestServer } from '../helpers/testServer.ts';

const suite = importSuite();
let server: TestServer;
let leader: ApiClient;
let groupId: string;

beforeAll(() => {
  ({ server, leader, groupId } = suite);
});

/** Asks the server for its health every 25 ms until `until` settles; answers the slowest answer's time. */
async function slowestAnswerDuring(until: Promise<unknown>): Promise<number> {
  let done = false;
  void until.finally(() => (done = true));
  let slowest = 0;
  while (!done) {
    const start = performance.now();
    await fetch(`${server.url}/api/health`);
    slowest = Math.max(slowest, performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return slowest;
}

describe('reading a Word file beside the event loop', () => {
  it('keeps answering other requests while a long file is parsed', async () => {
    // 10,000 items: a second or more of XML parsing, classifying and assembling.
    const file = await longGuideDocx(100, 100);
    await uploadDocx(server, leader.token, '/api/import/docx/preview', file, { groupId }); // the parse threads start
    const start = performance.now();
    const reading = uploadDocx<{ blocks: unknown[]; header: { leadDrafter?: string } }>(server, leader.token, '/api/import/docx/preview', file, { groupId });
    const slowest = await slowestAnswerDuring(reading);
    const preview = await reading;
    const took = performance.now() - start;
    expect(preview.status).toBe(200);
    expect(preview.body.blocks).toHaveLength(100);
    expect(preview.body.header.leadDrafter).toBe('周敏');
    // Parsed on the main thread, the slowest answer would wait about as long as the whole read.
    expect(slowest, `the slowest health answer while the file was read (in ${Math.round(took)} ms), in ms`).toBeLessThan(Math.min(400, took / 3));
  });
});
