import { beforeAll, describe, expect, it } from 'vitest';
import type { Term } from '../../shared/schemas/admin.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { SearchResponse } from '../../shared/schemas/search.ts';
import type { ApiClient } from '../helpers/api.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { paragraphText } from '../helpers/docText.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';

/**
 * The 学期 filter of the search goes by the term a guide belongs to (its class copies and saved
 * versions by their guide's), not by its dates: a guide given the spring term with a due date
 * in the autumn is found under spring only.
 */
const suite = collabSuite({ outsider: true });
let admin: ApiClient;
let leader: ApiClient;
let lifang: ApiClient;
let autumn: Term;
let spring: Term;
let givenSpring: Guide;
let dueInAutumn: Guide;

const phrase = '用待定系数法求一次函数的解析式';

async function searchIds(api: ApiClient, query: Record<string, string>) {
  const response = await api.get<SearchResponse>(`/api/search?${new URLSearchParams(query)}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.results.map((result) => result.id).sort();
}

async function assign(title: string, body: Record<string, unknown>, text: string): Promise<Guide> {
  const created = await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang', ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const client = await suite.connect(lifang, created.body.docName);
  paragraphText(client.doc, 0).insert(0, text);
  await client.acknowledged();
  suite.release(client);
  return created.body;
}

/** Waits until the search index holds these entries (it follows edits within a second or so). */
async function indexed(keys: string[]): Promise<void> {
  const started = Date.now();
  for (;;) {
    const rows = await queryTestDatabase<{ key: string; body: string }>(suite.server, 'select key, body from search_entries');
    if (keys.every((key) => rows.some((row) => row.key === key && row.body.includes(phrase)))) return;
    if (Date.now() - started > 10_000) throw new Error(`Not indexed: ${keys.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  [admin, leader, lifang] = await suite.login('jiaowu', 'wanglei', 'lifang');
  autumn = (await admin.post<Term>('/api/admin/terms', { name: '2030-2031学年第一学期', startDate: '2030-09-01', endDate: '2031-01-31' })).body;
  spring = (await admin.post<Term>('/api/admin/terms', { name: '2030-2031学年第二学期', startDate: '2031-02-15', endDate: '2031-07-10' })).body;
  // Given the spring term although it is due in the autumn term's dates.
  givenSpring = await assign('一次函数的解析式', { dueDate: '2031-01-20', termId: spring.id }, `例1：${phrase}。`);
  dueInAutumn = await assign('一次函数的应用', { dueDate: '2030-10-12' }, `例2：${phrase}。`);
  expect([givenSpring.termId, dueInAutumn.termId]).toEqual([spring.id, autumn.id]);
  // The spring guide's 初稿, then more text in the guide: the version is a result of its own.
  expect((await lifang.post(`/api/guides/${givenSpring.id}/transitions`, { action: 'submit' })).status).toBe(200);
  await indexed([`guide:${givenSpring.id}`, `guide:${dueInAutumn.id}`, `version:${givenSpring.id}:1`]);
  const writer = await suite.connect(lifang, givenSpring.docName);
  paragraphText(writer.doc, 0).insert(0, '补充：');
  await writer.acknowledged();
  suite.release(writer);
  const started = Date.now();
  while (!(await searchIds(leader, { q: phrase })).includes(`${givenSpring.id}@1`)) {
    if (Date.now() - started > 10_000) throw new Error('The 初稿 was not found on its own');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

describe('search by term (学期)', () => {
  it('finds the guides of the term asked for, and the versions of those guides, whatever their dates', async () => {
    expect(await searchIds(leader, { q: phrase, term: spring.id })).toEqual([givenSpring.id, `${givenSpring.id}@1`].sort());
    expect(await searchIds(leader, { q: phrase, term: autumn.id })).toEqual([dueInAutumn.id]);
    expect(await searchIds(leader, { q: phrase })).toEqual([givenSpring.id, `${givenSpring.id}@1`, dueInAutumn.id].sort());
  });

  it('refuses a term that is not one of the school’s, with the parameter named', async () => {
    const unknown = await leader.get('/api/search?q=一次函数&term=2030-2031-1');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: 'unknown_term', path: ['term'] } });
    // Another school's term is no term of this one's.
    await queryTestDatabase(
      suite.server,
      "insert into terms (id, school_id, name, start_date, end_date, created_at) values ('term-other', 'school-other', '外校学期', '2030-09-01', '2031-01-31', ?)",
      [new Date().toISOString()],
    );
    expect((await leader.get(`/api/search?q=一次函数&term=term-other`)).status).toBe(400);
  });
});
