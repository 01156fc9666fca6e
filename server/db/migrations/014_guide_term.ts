import { sql, type Kysely } from 'kysely';

/**
 * A guide belongs to a term (学期) of its school: the term plan shows one term at a time and the
 * 教务处's report counts a guide in its term. Guides made before take the term their due date
 * (or, without one, their creation day) falls in; a school without terms leaves them without.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('guides').addColumn('term_id', 'text', (column) => column.references('terms.id')).execute();
  await db.schema.createIndex('guides_group_term').on('guides').columns(['group_id', 'term_id']).execute();
  await sql`
    update guides set term_id = (
      select terms.id from terms join groups on groups.school_id = terms.school_id
      where groups.id = guides.group_id
        and terms.start_date <= coalesce(guides.due_date, substr(guides.created_at, 1, 10))
        and terms.end_date >= coalesce(guides.due_date, substr(guides.created_at, 1, 10))
      order by terms.start_date desc
      limit 1
    )`.execute(db);
}
