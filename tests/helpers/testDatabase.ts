import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import pg from 'pg';

/** Where a test server keeps its data: its SQLite file, or its own Postgres database. */
export interface TestDatabaseLocation {
  dataDir: string;
  databaseUrl: string | null;
}

/**
 * Runs SQL straight against a test server's database (to check what is stored, or to add a
 * second school), on SQLite or Postgres alike. `?` placeholders work on both.
 */
export async function queryTestDatabase<Row = Record<string, unknown>>(
  location: TestDatabaseLocation,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  if (location.databaseUrl) {
    const client = new pg.Client({ connectionString: location.databaseUrl });
    await client.connect();
    try {
      let index = 0;
      const result = await client.query(sql.replace(/\?/g, () => `$${++index}`), params);
      return result.rows as Row[];
    } finally {
      await client.end();
    }
  }
  const database = new BetterSqlite3(path.join(location.dataDir, 'daoxuean.sqlite'));
  try {
    const statement = database.prepare(sql);
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  } finally {
    database.close();
  }
}

/** The Postgres server the suite runs against when DATABASE_URL is set, else null (SQLite). */
export function postgresAdminUrl(): string | null {
  return process.env.DATABASE_URL || null;
}

/** Creates a fresh, empty Postgres database for one test server and returns its URL. */
export async function createTestPostgresDatabase(adminUrl: string): Promise<string> {
  const name = `dx_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropTestPostgresDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}
