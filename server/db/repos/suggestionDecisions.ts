import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type SuggestionDecisionRow = Database['suggestion_decisions'];

/** Records decided suggestions; deciding the same suggestion again keeps the first outcome. */
export async function insertSuggestionDecisions(db: Kysely<Database>, rows: SuggestionDecisionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('suggestion_decisions')
    .values(rows)
    .onConflict((conflict) => conflict.columns(['guide_id', 'suggestion_id', 'kind']).doNothing())
    .execute();
}

/** A guide's decided suggestions, in the order they were suggested, with the names the record shows. */
export function listSuggestionDecisions(db: Kysely<Database>, guideId: string) {
  return db
    .selectFrom('suggestion_decisions')
    .leftJoin('users as author', 'author.id', 'suggestion_decisions.author_id')
    .innerJoin('users as decider', 'decider.id', 'suggestion_decisions.decided_by')
    .selectAll('suggestion_decisions')
    .select(['author.name as author_name', 'decider.name as decider_name'])
    .where('suggestion_decisions.guide_id', '=', guideId)
    .orderBy('suggestion_decisions.suggested_at')
    .execute();
}
