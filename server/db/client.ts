import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type pgModule from 'pg';
import type { Env } from '../env.ts';
import type { Database } from './schema.ts';
import { fallbackAutoCheckpointPages, startWalCheckpointer } from './walCheckpointer.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The raw SQLite handle, for the synchronous update-log append (null on Postgres). */
  sqlite: BetterSqlite3.Database | null;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** node-postgres, loaded only when the server runs on Postgres (SQLite installations never need it). */
function loadPg(): typeof pgModule {
  const pg = require('pg') as typeof pgModule;
  // Postgres returns bigint (counts, bigserial ids) as strings; these values fit in a number.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  return pg;
}

/**
 * Opens Postgres when DATABASE_URL is set, otherwise the embedded SQLite database under
 * DATA_DIR with SQLITE_SYNCHRONOUS (NORMAL unless given).
 */
export function openDatabase(env: Pick<Env, 'DATA_DIR' | 'DATABASE_URL'> & Partial<Pick<Env, 'SQLITE_SYNCHRONOUS'>>): DatabaseHandle {
  if (env.DATABASE_URL) {
    const pool = new (loadPg().Pool)({ connectionString: env.DATABASE_URL, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', sqlite: null, close: () => db.destroy() };
  }
  mkdirSync(env.DATA_DIR, { recursive: true });
  const file = path.join(env.DATA_DIR, 'daoxuean.sqlite');
  const sqlite = new BetterSqlite3(file);
  // WAL: writers do not block readers. With synchronous NORMAL a commit is written to the WAL
  // but synced only at checkpoints: it survives the process being killed, not a power cut or an
  // operating-system crash (the last commits before it can be lost; the database stays
  // consistent). FULL syncs the WAL at every commit, so a commit survives those too.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints run on a worker thread, off the event loop; this is only the backstop.
  sqlite.pragma(`wal_autocheckpoint = ${fallbackAutoCheckpointPages}`);
  const checkpointer = startWalCheckpointer(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    close: async () => {
      await checkpointer.stop();
      await db.destroy();
    },
  };
}
