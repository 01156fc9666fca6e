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

/** Keeps an update that deleted something, with the teacher whose connection sent it. */
export async function insertDocDeletion(db: Kysely<Database>, docName: string, update: Uint8Array, userId: string): Promise<void> {
  await db
    .insertInto('doc_deletions')
    .values({ doc_name: docName, user_id: userId, delete_set: update, created_at: new Date().toISOString() })
    .execute();
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
