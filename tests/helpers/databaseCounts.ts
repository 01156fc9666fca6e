import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';

/** How many rows the tables that creating a guide writes to hold, read straight from a test server's SQLite file. */
export function databaseCounts(dataDir: string): Record<'guides' | 'documents' | 'doc_updates' | 'guide_versions', number> {
  const database = new BetterSqlite3(path.join(dataDir, 'daoxuean.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (database.prepare(`select count(*) as count from ${table}`).get() as { count: number }).count;
    return {
      guides: count('guides'),
      documents: count('documents'),
      doc_updates: count('doc_updates'),
      guide_versions: count('guide_versions'),
    };
  } finally {
    database.close();
  }
}
