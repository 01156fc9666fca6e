/**
 * Benchmark: search (GET /api/search) over 10,000 guides of one school (goal: p95 < 100 ms per
 * query). Builds a fresh database (SQLite under a temporary directory; Postgres when
 * DATABASE_URL is set, in a database of its own that is dropped afterwards) with 24 subject
 * groups and 10,000 guides whose text is the seeded demo guide (about 4,000 characters) with a
 * few lesson-specific sentences, indexed the way the server indexes them; then runs the
 * server's own search for a teacher in three of the groups: long and short words, several
 * words, filters, newest first. Prints the median and p95 per kind of query and over all.
 * Run with `npx tsx bench/search.bench.ts` (`--quick` for 2,000 guides and fewer runs).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { searchGuides } from '../server/search/searchGuides.ts';
import { entryScope } from '../server/search/searchScope.ts';
import { searchText } from '../server/search/searchText.ts';
import { createId } from '../shared/editor/createId.ts';
import { searchQuerySchema } from '../shared/schemas/search.ts';
import { createTestPostgresDatabase, dropTestPostgresDatabase } from '../tests/helpers/testDatabase.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { median, percentile } from './lib/percentile.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const guides = benchArgs.quick ? 2000 : 10_000;
const runsPerQuery = benchArgs.quick ? 10 : 40;
const goalMs = 100;
stopIfDryRun('bench/search.bench.ts', { guides, runsPerQuery, database: process.env.DATABASE_URL ? 'postgres' : 'sqlite' });

const demoText = searchText(JSON.parse(readFileSync(path.join(here, '../server/seed/demoGuide.json'), 'utf8')) as JSONContent);
const topics = ['一次函数', '二次函数', '反比例函数', '勾股定理', '全等三角形', '平行四边形', '因式分解', '分式方程', '数据的分析', '二次根式', '轴对称', '整式的乘法'];
const subjects = ['数学', '语文', '英语', '物理'];
const lessonTypes = ['新授课', '复习课', '讲评课'] as const;
const stages = ['drafting', 'review', 'revising', 'final'] as const;

const queries: { name: string; q: Record<string, string> }[] = [
  { name: '3+ chars, common (一次函数)', q: { q: '一次函数' } },
  { name: '3+ chars, rare phrase', q: { q: '第48号导学案' } },
  { name: '2 chars (函数)', q: { q: '函数' } },
  { name: '1 char (的)', q: { q: '的' } },
  { name: 'two words', q: { q: '反比例函数 学习目标' } },
  { name: 'filters (subject, grade, stage)', q: { q: '一次函数', subject: '数学', grade: '7', stage: 'drafting' } },
  { name: 'newest first', q: { q: '学习目标', sort: 'newest' } },
  { name: 'no match', q: { q: '光合作用的原理' } },
];

const adminUrl = process.env.DATABASE_URL || null;
const databaseUrl = adminUrl ? await createTestPostgresDatabase(adminUrl) : null;
const dataDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-search-bench-'));
const database = openDatabase({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? undefined });
try {
  await migrate(database.db as never, database.dialect);
  const { db } = database;
  const now = new Date().toISOString();
  await db.insertInto('schools').values({ id: 'school', name: '示例中学' }).execute();
  await db
    .insertInto('users')
    .values(['reader', 'drafter'].map((id) => ({ id, username: id, name: id, password_hash: 'x', created_at: now, school_id: 'school' })))
    .execute();
  const groups = Array.from({ length: 24 }, (_, index) => ({
    // Random ids, as the server makes them.
    id: createId(12),
    school_id: 'school',
    name: `备课组${index}`,
    subject: subjects[index % subjects.length],
    grade: 7 + (index % 3),
  }));
  await db.insertInto('groups').values(groups).execute();
  // The reader is in three groups; the drafter in all (lead drafter of every guide).
  await db
    .insertInto('group_members')
    .values([
      ...groups.map((group) => ({ group_id: group.id, user_id: 'drafter', role: 'member' as const })),
      ...groups.slice(0, 3).map((group) => ({ group_id: group.id, user_id: 'reader', role: 'member' as const })),
    ])
    .execute();

  const started = Date.now();
  const batch = 250;
  for (let first = 0; first < guides; first += batch) {
    const rows = Array.from({ length: Math.min(batch, guides - first) }, (_, offset) => first + offset);
    await db.transaction().execute(async (transaction) => {
      await transaction
        .insertInto('guides')
        .values(
          rows.map((index) => ({
            id: `guide-${index}`,
            group_id: groups[index % groups.length].id,
            title: `${topics[index % topics.length]}（第${(index % 3) + 1}课时）`,
            template_id: 'general',
            lesson_type: lessonTypes[index % lessonTypes.length],
            period: null,
            unit: null,
            period_minutes: 45,
            stage: stages[index % stages.length],
            lead_drafter_id: 'drafter',
            reviewer_id: null,
            reviewed_at: null,
            due_date: null,
            created_by: 'drafter',
            created_at: new Date(Date.parse('2024-09-01') + index * 3_600_000).toISOString(),
            updated_at: now,
          })),
        )
        .execute();
      await transaction
        .insertInto('search_entries')
        .values(
          rows.map((index) => ({
            key: `guide:guide-${index}`,
            kind: 'guide' as const,
            guide_id: `guide-${index}`,
            copy_id: null,
            version_number: null,
            group_id: groups[index % groups.length].id,
            scope: entryScope(groups[index % groups.length].id),
            title: `${topics[index % topics.length]}（第${(index % 3) + 1}课时）`,
            body: `第${index}号导学案：${topics[index % topics.length]}、${topics[(index * 7) % topics.length]}。\n${demoText}`,
            updated_at: new Date(Date.parse('2024-09-01') + index * 3_600_000).toISOString(),
          })),
        )
        .execute();
    });
  }
  if (database.dialect === 'postgres') await sql`analyze`.execute(db);
  console.log(`search bench: ${guides} guides (${demoText.length + 30} characters each) on ${database.dialect}, indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const all: number[] = [];
  for (const { name, q } of queries) {
    const query = searchQuerySchema.parse(q);
    const times: number[] = [];
    let count = 0;
    for (let run = 0; run < runsPerQuery + 3; run++) {
      const before = performance.now();
      const results = await searchGuides(database, 'reader', query);
      const elapsed = performance.now() - before;
      count = results.length;
      if (run >= 3) times.push(elapsed);
    }
    all.push(...times);
    console.log(`  ${name.padEnd(34)} median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${count} results)`);
  }
  const p95 = percentile(all, 95);
  console.log(`search over ${guides} guides: median ${median(all).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (goal p95 < ${goalMs} ms: ${p95 < goalMs ? 'met' : 'NOT met'})`);
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (adminUrl && databaseUrl) await dropTestPostgresDatabase(adminUrl, databaseUrl);
}
