import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { SearchResponse } from '../../shared/schemas/search.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { paragraphText } from '../helpers/docText.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';

const suite = collabSuite({ outsider: true });
let leader: ApiClient; // 王磊, 八年级数学备课组
let lifang: ApiClient; // 李芳, member
let outsider: ApiClient; // another school
let chinese: ApiClient; // same school, another group

const phrase = '斜率决定直线的倾斜程度';

/** A teacher of the demo school in a group of their own (八年级语文备课组), which the math group cannot read. */
async function addSameSchoolGroup(): Promise<void> {
  const [school] = await queryTestDatabase<{ school_id: string }>(suite.server, "select school_id from groups where id = 'group-math8'");
  const hash = await hashPassword('demo1234');
  const now = new Date().toISOString();
  await queryTestDatabase(suite.server, "insert into groups (id, school_id, name, subject, grade) values ('group-chinese8', ?, '八年级语文备课组', '语文', 8)", [school.school_id]);
  await queryTestDatabase(
    suite.server,
    "insert into users (id, username, name, password_hash, created_at, school_id) values ('user-chenjing', 'chenjing', '陈静', ?, ?, ?)",
    [hash, now, school.school_id],
  );
  await queryTestDatabase(suite.server, "insert into group_members (group_id, user_id, role) values ('group-chinese8', 'user-chenjing', 'leader')");
}

/** A guide whose first paragraph its lead drafter wrote live. */
async function guideWith(creator: ApiClient, writer: ApiClient, groupId: string, leadDrafterId: string, title: string, text: string): Promise<Guide> {
  const created = await creator.post<Guide>('/api/guides', { title, templateId: 'general', groupId, leadDrafterId });
  expect(created.status).toBe(201);
  const client = await suite.connect(writer, created.body.docName);
  paragraphText(client.doc, 0).insert(0, text);
  await client.acknowledged();
  suite.release(client);
  return created.body;
}

async function search(api: ApiClient, query: Record<string, string>) {
  const response = await api.get<SearchResponse>(`/api/search?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return response.body.results;
}

/** Searches until a result for the guide shows up (the index follows edits within a second or so). */
async function searchUntilFound(api: ApiClient, query: Record<string, string>, guideId: string) {
  const started = Date.now();
  for (;;) {
    const results = await search(api, query);
    if (results.some((result) => result.guideId === guideId)) return results;
    if (Date.now() - started > 10_000) throw new Error(`No result for ${guideId} in ${JSON.stringify(results)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let mine: Guide;
let otherSchool: Guide;
let otherGroup: Guide;

beforeAll(async () => {
  await addSameSchoolGroup();
  [leader, lifang, outsider] = await suite.login('wanglei', 'lifang', 'outsider');
  chinese = await loginAs(suite.server, 'chenjing');
  mine = await guideWith(leader, lifang, 'group-math8', 'user-lifang', '一次函数的图像', `观察图像可知，${phrase}，k>0 时上升。`);
  otherSchool = await guideWith(outsider, outsider, 'group-other', 'user-outsider', '一次函数（外校）', `外校：${phrase}。`);
  otherGroup = await guideWith(chinese, chinese, 'group-chinese8', 'user-chenjing', '语文组的导学案', `语文组也写了：${phrase}。`);
});

describe('search', () => {
  it('finds a phrase inside the content of a guide, with the phrase marked in the snippet', async () => {
    const results = await searchUntilFound(leader, { q: '倾斜程度' }, mine.id);
    const hit = results.find((result) => result.kind === 'guide' && result.guideId === mine.id)!;
    expect(hit.title).toBe('一次函数的图像');
    expect(hit.snippet).toContain(phrase);
    expect(hit.highlights.map(([from, to]) => hit.snippet.slice(from, to))).toEqual(['倾斜程度']);
    // Chinese substring matching: a part of a longer word is found.
    const part = await search(lifang, { q: '函数的图' });
    expect(part.some((result) => result.guideId === mine.id)).toBe(true);
  });

  it('finds nothing from another school or another group the user cannot read', async () => {
    // Each of the three guides is found by its own group, so the index holds all of them.
    await searchUntilFound(outsider, { q: phrase }, otherSchool.id);
    await searchUntilFound(chinese, { q: phrase }, otherGroup.id);
    for (const api of [leader, lifang]) {
      const ids = new Set((await search(api, { q: phrase })).map((result) => result.guideId));
      expect(ids).toEqual(new Set([mine.id]));
    }
    const outsiderIds = new Set((await search(outsider, { q: phrase })).map((result) => result.guideId));
    expect(outsiderIds).toEqual(new Set([otherSchool.id]));
    const chineseIds = new Set((await search(chinese, { q: '倾斜' })).map((result) => result.guideId));
    expect(chineseIds).toEqual(new Set([otherGroup.id]));
  });

  it('matches words shorter than three characters, and every word of the query', async () => {
    await searchUntilFound(leader, { q: phrase }, mine.id);
    const short = await search(leader, { q: '斜率' });
    expect(short.some((result) => result.guideId === mine.id)).toBe(true);
    const both = await search(leader, { q: '倾斜程度 上升' });
    expect(both.some((result) => result.guideId === mine.id)).toBe(true);
    const notBoth = await search(leader, { q: '倾斜程度 抛物线' });
    expect(notBoth).toEqual([]);
  });

  it('matches Latin letters whatever their case, and every character of a word as it is', async () => {
    const latin = await guideWith(leader, lifang, 'group-math8', 'user-lifang', '斜率 Slope', '记作 QZ 的斜率（Slope of a line）');
    const ids = async (q: string) => (await search(leader, { q })).filter((result) => result.guideId === latin.id).length;
    await searchUntilFound(leader, { q: 'of a line' }, latin.id);
    expect(await ids('slope')).toBe(1);
    expect(await ids('OF A LINE')).toBe(1);
    expect(await ids('qz')).toBe(1);
    expect(await ids('Qz 斜率')).toBe(1);
    // A dot or a percent sign is a character to find, not a pattern.
    expect(await ids('Sl.pe')).toBe(0);
    expect(await ids('S%e')).toBe(0);
    expect(await ids('q.')).toBe(0);
  });

  it('finds saved versions, and filters by stage, subject and grade', async () => {
    const submitted = await lifang.post(`/api/guides/${mine.id}/transitions`, { action: 'submit' });
    expect(submitted.status).toBe(200);
    // The 初稿 holds the same text as the guide, so once it is indexed the two are one result: the guide.
    const indexedAt = Date.now();
    while ((await queryTestDatabase(suite.server, "select key from search_entries where kind = 'version' and guide_id = ?", [mine.id])).length === 0) {
      if (Date.now() - indexedAt > 10_000) throw new Error('The 初稿 was not indexed');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const once = await search(leader, { q: phrase });
    expect(once.filter((result) => result.guideId === mine.id).map((result) => result.kind)).toEqual(['guide']);
    // The lead drafter goes on writing in 集体审稿: now the 初稿 differs and is found on its own.
    const writer = await suite.connect(lifang, mine.docName);
    paragraphText(writer.doc, 0).insert(0, '补充：');
    await writer.acknowledged();
    suite.release(writer);
    const started = Date.now();
    let results = await search(leader, { q: phrase });
    while (!results.some((result) => result.kind === 'version')) {
      if (Date.now() - started > 10_000) throw new Error(`The 初稿 was not found: ${JSON.stringify(results)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      results = await search(leader, { q: phrase });
    }
    const version = results.find((result) => result.kind === 'version')!;
    expect(version).toMatchObject({ id: `${mine.id}@1`, guideId: mine.id, versionNumber: 1, label: '初稿' });

    expect(await search(leader, { q: phrase, stage: 'final' })).toEqual([]);
    expect((await search(leader, { q: phrase, stage: 'review' })).length).toBeGreaterThan(0);
    expect(await search(leader, { q: phrase, subject: '语文' })).toEqual([]);
    expect((await search(leader, { q: phrase, subject: '数学', grade: '8' })).length).toBeGreaterThan(0);
    expect(await search(leader, { q: phrase, grade: '7' })).toEqual([]);
  });

  it('refuses an empty query with the parameter named, and anyone not signed in', async () => {
    const empty = await leader.get<{ error: { code: string; path: string[] } }>('/api/search?q=');
    expect(empty.status).toBe(400);
    expect(empty.body.error.path).toEqual(['q']);
    const anonymous = await fetch(`${suite.server.url}/api/search?q=${encodeURIComponent(phrase)}`);
    expect(anonymous.status).toBe(401);
  });
});
