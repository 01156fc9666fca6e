import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery, SearchResult } from '../../shared/schemas/search.ts';
import type { Stage } from '../../shared/workflow/stages.ts';
import { termOf } from '../../shared/workflow/term.ts';
import { readingScope } from '../authorization.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { groupScope, ownerScope } from './searchScope.ts';
import { findRanges, makeSnippet } from './snippet.ts';
import { containsPattern, ftsQuery, searchTerms } from './searchTerms.ts';

interface Row {
  key: string;
  kind: SearchResult['kind'];
  guide_id: string;
  copy_id: string | null;
  version_number: number | null;
  title: string;
  body: string;
  updated_at: string;
  stage: Stage;
  group_id: string;
  lead_drafter_id: string;
  lesson_type: string;
  group_name: string;
  subject: string;
  grade: number;
  owner_id: string | null;
  class_name: string | null;
  version_label: string | null;
  version_kind: string | null;
}

const schoolTermPattern = /^(\d{4})-(\d{4})-([12])$/;

/** The first and last day of a term given by id: a term of the school's, or `2025-2026-1`. */
async function termRange(database: DatabaseHandle, term: string): Promise<{ start: string; end: string } | null> {
  const row = await database.db.selectFrom('terms').select(['start_date', 'end_date']).where('id', '=', term).executeTakeFirst();
  if (row) return { start: row.start_date, end: row.end_date };
  const match = schoolTermPattern.exec(term);
  if (!match) return null;
  const firstDay = match[3] === '1' ? `${match[1]}-09-01` : `${match[2]}-03-01`;
  const { start, end } = termOf(firstDay);
  return { start, end };
}

/**
 * Searches the text of every guide, saved version and class copy the user may read: the words
 * of three characters or more through the database's full-text index (FTS5 trigram on SQLite,
 * pg_trgm on Postgres), shorter ones with LIKE on the indexed text; filtered by the guide's
 * subject, grade, 课型, term and stage; most relevant or newest first.
 */
export async function searchGuides(database: DatabaseHandle, userId: string, query: SearchQuery): Promise<SearchResult[]> {
  const { db, dialect } = database;
  const scope = await readingScope(db, userId);
  const terms = searchTerms(query.q);
  if (terms.all.length === 0) return [];

  const conditions: RawBuilder<unknown>[] = [];
  const ownCopies = sql`e.key in (select ${'copy:'} || id from class_copies where owner_id = ${userId})`;
  conditions.push(scope.groupIds.length > 0 ? sql`(e.group_id in (${sql.join(scope.groupIds)}) or ${ownCopies})` : ownCopies);
  if (query.subject) conditions.push(sql`gr.subject = ${query.subject}`);
  if (query.grade !== undefined) conditions.push(sql`gr.grade = ${query.grade}`);
  if (query.lessonType) conditions.push(sql`g.lesson_type = ${query.lessonType}`);
  if (query.stage) conditions.push(sql`g.stage = ${query.stage}`);
  if (query.term) {
    const range = await termRange(database, query.term);
    if (!range) return [];
    conditions.push(sql`coalesce(g.due_date, substr(g.created_at, 1, 10)) between ${range.start} and ${range.end}`);
  }
  const like = dialect === 'postgres' ? sql`ilike` : sql`like`;
  // On Postgres the trigram index is over title and text together; Chinese has no case, so
  // LIKE (cheaper than ILIKE) is enough for a word without Latin letters.
  const textMatches = (term: string) => {
    const pattern = containsPattern(term);
    if (dialect === 'postgres') {
      return /[A-Za-z]/.test(term)
        ? sql`(e.title || ' ' || e.body) ilike ${pattern} escape '\\'`
        : sql`(e.title || ' ' || e.body) like ${pattern} escape '\\'`;
    }
    return sql`(e.title like ${pattern} escape '\\' or e.body like ${pattern} escape '\\')`;
  };
  const useFts = dialect === 'sqlite' && terms.long.length > 0;
  const likeTerms = useFts ? terms.short : terms.all;
  for (const term of likeTerms) conditions.push(textMatches(term));
  if (useFts) {
    // Only the part of the index the reader may read: their groups' entries and their own copies.
    const readable = [...scope.groupIds.map(groupScope), ownerScope(userId)];
    conditions.push(sql`search_fts match ${`{title body} : (${ftsQuery(terms.long)}) AND scope : (${ftsQuery(readable, ' OR ')})`}`);
  }

  const titleMatches = sql.join(
    terms.all.map((term) => sql`e.title ${like} ${containsPattern(term)} escape '\\'`),
    sql` and `,
  );
  const relevance = useFts
    ? sql`bm25(search_fts, 4.0, 1.0, 0.0)`
    : sql`case when ${titleMatches} then 0 else 1 end`;
  const order = query.sort === 'newest' ? sql`e.updated_at desc` : sql`${relevance}, e.updated_at desc`;
  const from = useFts ? sql`search_fts join search_entries e on e.rowid = search_fts.rowid` : sql`search_entries e`;

  const { rows } = await sql<Row>`
    select e.key, e.kind, e.guide_id, e.copy_id, e.version_number, e.title, e.body, e.updated_at,
      g.stage, g.group_id, g.lead_drafter_id, g.lesson_type, gr.name as group_name, gr.subject, gr.grade,
      c.owner_id, cl.name as class_name, v.label as version_label, v.kind as version_kind
    from ${from}
    join guides g on g.id = e.guide_id
    join groups gr on gr.id = g.group_id
    left join class_copies c on c.id = e.copy_id
    left join classes cl on cl.id = c.class_id
    left join guide_versions v on v.guide_id = e.guide_id and v.number = e.version_number
    where ${sql.join(conditions, sql` and `)}
    order by ${order}
    limit ${query.limit * 3}
  `.execute(db);

  const readable = rows.filter((row) =>
    row.kind === 'copy'
      ? row.owner_id !== null && scope.mayReadCopy({ owner_id: row.owner_id, group_id: row.group_id })
      : scope.mayReadGuide(row),
  );
  return withoutRepeats(readable)
    .slice(0, query.limit)
    .map((row) => {
      const { snippet, highlights } = makeSnippet(row.body, terms.all);
      const id = row.kind === 'copy' ? row.copy_id! : row.kind === 'version' ? `${row.guide_id}@${row.version_number}` : row.guide_id;
      return {
        kind: row.kind,
        id,
        guideId: row.guide_id,
        copyId: row.copy_id,
        versionNumber: row.version_number === null ? null : Number(row.version_number),
        title: row.title,
        snippet,
        highlights,
        titleHighlights: findRanges(row.title, terms.all),
        stage: row.stage,
        groupName: row.group_name,
        subject: row.subject,
        grade: Number(row.grade),
        lessonType: row.lesson_type,
        label: row.kind === 'version' ? row.version_label : row.kind === 'copy' ? row.class_name : null,
        updatedAt: row.updated_at,
      };
    });
}

/** Which of a guide's entries with the same text to show: its 定稿 first, then the living guide. */
function preference(row: Row): number {
  if (row.kind === 'version') return row.version_kind === 'final' ? 0 : 2;
  return 1;
}

/**
 * A guide's saved versions often hold the same text as the guide (a 定稿 nobody has reopened,
 * a 初稿 right after it was handed in): such repeats are shown once, as the 定稿 when one is
 * among them, in the place of the first. Class copies are each a teacher's own and stay.
 */
function withoutRepeats(rows: Row[]): Row[] {
  const kept: Row[] = [];
  const placeOf = new Map<string, number>();
  for (const row of rows) {
    if (row.kind === 'copy') {
      kept.push(row);
      continue;
    }
    const key = `${row.guide_id}\u0000${row.body}`;
    const place = placeOf.get(key);
    if (place === undefined) {
      placeOf.set(key, kept.length);
      kept.push(row);
    } else if (preference(row) < preference(kept[place])) {
      kept[place] = row;
    }
  }
  return kept;
}
