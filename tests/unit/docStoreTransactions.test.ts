import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';
import { DocStore } from '../../server/db/repos/docStore.ts';

/**
 * The update log and the rest of the data share one SQLite connection. An update that is
 * acknowledged must be in the log for good, so it must never be written inside a transaction
 * that another part of the server has open and may still roll back.
 */
describe('the SQLite update log and open transactions', () => {
  let database: DatabaseHandle | undefined;
  let dataDir = '';

  afterEach(async () => {
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function open() {
    dataDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-docstore-'));
    database = openDatabase({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    await migrate(database.db as never, database.dialect);
    const store = new DocStore(database.sqlite!);
    await store.create('guide:a', new Uint8Array([0, 0]));
    return { db: database.db, store };
  }

  it('keeps a client update appended while a transaction is open and then rolled back', async () => {
    const { db, store } = await open();
    const update = new Uint8Array([1, 2, 3]);
    let appended: Promise<void> | undefined;
    await expect(
      db.transaction().execute(async (transaction) => {
        await transaction.insertInto('schools').values({ id: 'school-x', name: '第三中学' }).execute();
        // A client's keystroke arrives while the transaction waits on real I/O.
        appended = store.append('guide:a', update);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    await appended;
    const stored = await store.load('guide:a');
    expect(stored.updates.map((row) => [...row.bytes])).toContainEqual([1, 2, 3]);
    // And the transaction's own write is gone, as it should be.
    expect(await db.selectFrom('schools').select('id').where('id', '=', 'school-x').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a server-side append inside an open transaction instead of letting it roll back', async () => {
    const { db, store } = await open();
    await db
      .transaction()
      .execute(async () => {
        expect(() => store.appendSync('guide:a', new Uint8Array([4, 5]))).toThrow(/transaction/);
      });
  });
});
