import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery, SearchResult } from '../../shared/schemas/search.ts';
import type { Stage } from '../../shared/workflow/stages.ts';
import { ApiError } from '../errors.ts';
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

const hasLatin = (word: string) => /[A-Za-z]/.test(word);

/** A Postgres regular expression that matches the word literally. */
function literalRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Which of these groups teach the subject and grade (each when given). */
async function groupsOf(database: DatabaseHandle, groupIds: string[], subject: string | undefined, grade: number | undefined): Promise<string[]> {
  if (groupIds.length === 0) return [];
  let query = database.db.selectFrom('groups').select('id').where('id', 'in', groupIds);
  if (subject) query = query.where('subject', '=', subject);
  if (grade !== undefined) query = query.where('grade', '=', grade);
  return (await query.execute()).map((row) => row.id);
}

/**
 * The term filter: guides of that term of the reader's school (class copies and versions go by
 * their guide's), as the term plan counts them: the term a guide was given, or for a guide
 * without one (made before the school set its terms) the term its day falls in.
 */
async function termCondition(database: DatabaseHandle, userId: string, termId: string): Promise<RawBuilder<unknown>> {
  const term = await database.db
    .selectFrom('terms')
    .innerJoin('users', 'users.school_id', 'terms.school_id')
    .select(['terms.id', 'terms.start_date', 'terms.end_date'])
    .where('terms.id', '=', termId)
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!term) throw new ApiError(400, 'unknown_term', '该学期不存在', ['term']);
  const day = sql`coalesce(g.due_date, substr(g.created_at, 1, 10))`;
  return sql`(g.term_id = ${term.id} or (g.term_id is null and ${day} between ${term.start_date} and ${term.end_date}))`;
}

/**
 * Searches the text of every guide, saved version and class copy the user may read: the words
 * of three characters or more through the database's full-text index (FTS5 trigram on SQLite,
 * pg_trgm on Postgres), shorter ones among the rows the index found (or the reader's rows);
 * only the reader's part of the index is read (its scope words, see searchScope.ts). Filtered
 * by the guide's subject, grade, 课型, term (学期) and stage; most relevant or newest first.
 * Only the page of results is joined to its guide and has its snippet made.
 */
export async function searchGuides(database: DatabaseHandle, userId: string, query: SearchQuery): Promise<SearchResult[]> {
  const { db, dialect } = database;
  const scope = await readingScope(db, userId);
  const terms = searchTerms(query.q);
  if (terms.all.length === 0) return [];

  const conditions: RawBuilder<unknown>[] = [];
  // A subject or grade asked for narrows the reader's groups first: less of the index to read.
  const groupIds = query.subject || query.grade !== undefined ? await groupsOf(database, scope.groupIds, query.subject, query.grade) : scope.groupIds;
  const readableScopes = [...groupIds.map(groupScope), ownerScope(userId)];
  const guideFilters: RawBuilder<unknown>[] = [];
  if (query.subject) guideFilters.push(sql`gr.subject = ${query.subject}`);
  if (query.grade !== undefined) guideFilters.push(sql`gr.grade = ${query.grade}`);
  if (query.lessonType) guideFilters.push(sql`g.lesson_type = ${query.lessonType}`);
  if (query.stage) guideFilters.push(sql`g.stage = ${query.stage}`);
  if (query.term) guideFilters.push(await termCondition(database, userId, query.term));

  const like = dialect === 'postgres' ? sql`ilike` : sql`like`;
  const useFts = dialect === 'sqlite' && terms.long.length > 0;
  if (dialect === 'postgres') {
    // One GIN index over the scope words and the text (migration 017): the reader's part of
    // the index and the words' trigrams are intersected before any text is read again.
    conditions.push(sql`string_to_array(e.scope, ' ') && ${readableScopes}::text[]`);
    // Chinese has no case: a word without Latin letters is matched as it is (LIKE, strpos); one
    // with Latin letters with a case-blind regular expression, which pg_trgm's index serves too
    // and which is several times cheaper to check than ILIKE (which lowers the whole text).
    for (const term of terms.long) {
      conditions.push(hasLatin(term) ? sql`(e.title || ' ' || e.body) ~* ${literalRegex(term)}` : sql`(e.title || ' ' || e.body) like ${containsPattern(term)} escape '\\'`);
    }
    // A word under three characters has no trigram: it is looked for in the rows found, not
    // through the index (which would have to give every row of it), so not on its expression.
    for (const term of terms.short) {
      conditions.push(hasLatin(term) ? sql`concat_ws(' ', e.title, e.body) ~* ${literalRegex(term)}` : sql`strpos(concat_ws(' ', e.title, e.body), ${term}) > 0`);
    }
  } else {
    const ownCopies = sql`e.key in (select ${'copy:'} || id from class_copies where owner_id = ${userId})`;
    conditions.push(groupIds.length > 0 ? sql`(e.group_id in (${sql.join(groupIds)}) or ${ownCopies})` : ownCopies);
    const likeTerms = useFts ? terms.short : terms.all;
    for (const term of likeTerms) {
      const pattern = containsPattern(term);
      conditions.push(sql`(e.title like ${pattern} escape '\\' or e.body like ${pattern} escape '\\')`);
    }
    if (useFts) {
      // Only the part of the index the reader may read: their groups' entries and their own copies.
      conditions.push(sql`search_fts match ${`{title body} : (${ftsQuery(terms.long)}) AND scope : (${ftsQuery(readableScopes, ' OR ')})`}`);
    }
  }

  const titleMatches = sql.join(
    terms.all.map((term) => sql`e.title ${like} ${containsPattern(term)} escape '\\'`),
    sql` and `,
  );
  const relevance = useFts ? sql`bm25(search_fts, 4.0, 1.0, 0.0)` : sql`case when ${titleMatches} then 0 else 1 end`;
  const order = query.sort === 'newest' ? sql`e.updated_at desc` : sql`${relevance}, e.updated_at desc`;
  const outerOrder = query.sort === 'newest' ? sql`hits.updated_at desc` : sql`hits.relevance, hits.updated_at desc`;
  const from = useFts ? sql`search_fts join search_entries e on e.rowid = search_fts.rowid` : sql`search_entries e`;
  const guideJoin = guideFilters.length > 0 ? sql`join guides g on g.id = e.guide_id join groups gr on gr.id = g.group_id` : sql``;

  // The matching entries in order, the page and a few more (repeats and rows the reader may
  // not read are left out below); the text is read again only for these.
  const { rows } = await sql<Row>`
    with hits as (
      select e.key, e.kind, e.guide_id, e.copy_id, e.version_number, e.title, e.updated_at,
        ${relevance} as relevance
      from ${from}
      ${guideJoin}
      where ${sql.join([...conditions, ...guideFilters], sql` and `)}
      order by ${order}
      limit ${query.limit * 3}
    )
    select hits.key, hits.kind, hits.guide_id, hits.copy_id, hits.version_number, hits.title, hits.updated_at, e.body,
      g.stage, g.group_id, g.lead_drafter_id, g.lesson_type, gr.name as group_name, gr.subject, gr.grade,
      c.owner_id, cl.name as class_name, v.label as version_label, v.kind as version_kind
    from hits
    join search_entries e on e.key = hits.key
    join guides g on g.id = hits.guide_id
    join groups gr on gr.id = g.group_id
    left join class_copies c on c.id = hits.copy_id
    left join classes cl on cl.id = c.class_id
    left join guide_versions v on v.guide_id = hits.guide_id and v.number = hits.version_number
    order by ${outerOrder}
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
