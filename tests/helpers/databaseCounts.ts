import { queryTestDatabase, type TestDatabaseLocation } from './testDatabase.ts';

type CountedTable = 'guides' | 'documents' | 'doc_updates' | 'guide_versions';

/** How many rows the tables that creating a guide writes to hold, read straight from a test server's database. */
export async function databaseCounts(location: TestDatabaseLocation): Promise<Record<CountedTable, number>> {
  const count = async (table: CountedTable) =>
    Number((await queryTestDatabase<{ count: number | string }>(location, `select count(*) as count from ${table}`))[0].count);
  return {
    guides: await count('guides'),
    documents: await count('documents'),
    doc_updates: await count('doc_updates'),
    guide_versions: await count('guide_versions'),
  };
}
