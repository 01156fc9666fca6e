import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Records that these Yjs clients of a document are this teacher (the first to use a clientID keeps it). */
export async function insertDocClients(db: Kysely<Database>, docName: string, clientIds: readonly number[], userId: string): Promise<void> {
  if (clientIds.length === 0) return;
  const createdAt = new Date().toISOString();
  await db
    .insertInto('doc_clients')
    .values(clientIds.map((clientId) => ({ doc_name: docName, client_id: clientId, user_id: userId, created_at: createdAt })))
    .onConflict((conflict) => conflict.columns(['doc_name', 'client_id']).doNothing())
    .execute();
}

export interface DocDeletion {
  docName: string;
  update: Uint8Array;
  userId: string;
}

/** Keeps updates that deleted something, each with the teacher whose connection sent it, in one statement per thousand. */
export async function insertDocDeletions(db: Kysely<Database>, deletions: readonly DocDeletion[]): Promise<void> {
  const createdAt = new Date().toISOString();
  // Four parameters a row: well under Postgres' 65,535 per statement.
  for (let start = 0; start < deletions.length; start += 1000) {
    await db
      .insertInto('doc_deletions')
      .values(deletions.slice(start, start + 1000).map(({ docName, update, userId }) => ({ doc_name: docName, user_id: userId, delete_set: update, created_at: createdAt })))
      .execute();
  }
}

/** clientID → teacher for these documents. */
export async function listDocClients(db: Kysely<Database>, docNames: readonly string[]): Promise<Map<number, string>> {
  if (docNames.length === 0) return new Map();
  const rows = await db.selectFrom('doc_clients').select(['client_id', 'user_id']).where('doc_name', 'in', [...docNames]).execute();
  return new Map(rows.map((row) => [Number(row.client_id), row.user_id]));
}

/** The stored deleting updates of these documents, oldest first. */
export function listDocDeletions(db: Kysely<Database>, docNames: readonly string[]) {
  if (docNames.length === 0) return Promise.resolve([]);
  return db.selectFrom('doc_deletions').select(['user_id', 'delete_set']).where('doc_name', 'in', [...docNames]).orderBy('id').execute();
}
