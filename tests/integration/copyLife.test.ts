import type { JSONContent } from '@tiptap/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentFragmentName } from '../../shared/editor/schema.ts';
import type { Copy } from '../../shared/schemas/copy.ts';
import type { ClassCopyRow, CopyStatus } from '../../shared/schemas/copyLife.ts';
import type { DocumentDiff } from '../../shared/schemas/diff.ts';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import type { GuideHarvests, Harvest } from '../../shared/schemas/harvest.ts';
import type { ReflectionCounts } from '../../shared/schemas/reflections.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { addOutsideTeacher } from '../helpers/outsider.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

const seededTitle = '19.2.2 一次函数（第1课时）';
const selfStudyIndex = 4;
const methodIndex = 2;
const selfStudyEdit = '【4班】先用5分钟复习正比例函数。';
const methodParagraph = '张伟：课前一天发放预习单，第二天收齐批阅。';
const marginNote = '4班基础弱，这里多举一例';

let server: TestServer;
let leader: ApiClient; // 王磊
let liuyang: ApiClient; // 八年级(4)班
let zhangwei: ApiClient; // 八年级(3)班
let outsider: ApiClient;
let guide: GuideSummary;
let finalNumber: number;
let copy4: Copy;
let copy3: Copy;
const clients: CollabClient[] = [];

async function connect(api: ApiClient, docName: string): Promise<CollabClient> {
  const client = await connectClient(server.wsUrl, docName, api.token!);
  clients.push(client);
  return client;
}

function blockElement(doc: Y.Doc, index: number): Y.XmlElement {
  return doc.getXmlFragment(contentFragmentName).get(index) as Y.XmlElement;
}

/** A Y.XmlElement paragraph holding text, the way the editor writes one. */
function yParagraph(text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  return paragraph;
}

function textOf(node: JSONContent): string {
  return node.text ?? (node.content ?? []).map(textOf).join('\n');
}

function blockById(json: JSONContent, id: string): JSONContent {
  const found = json.content?.find((node) => node.attrs?.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

beforeAll(async () => {
  server = await startTestServer();
  await addOutsideTeacher(server);
  let drafter: ApiClient;
  [leader, drafter, liuyang, zhangwei, outsider] = await Promise.all(
    ['wanglei', 'lifang', 'liuyang', 'zhangwei', 'outsider'].map((username) => loginAs(server, username)),
  );
  guide = (await leader.guides()).body.find((candidate) => candidate.title === seededTitle)!;
  await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' });
  await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' });
  finalNumber = (await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' })).body.latestVersion!.number;
  copy4 = (await liuyang.post<Copy>(`/api/guides/${guide.id}/copies`, { classId: 'class-8-4' })).body;
  copy3 = (await zhangwei.post<Copy>(`/api/guides/${guide.id}/copies`, { classId: 'class-8-3' })).body;

  // 刘洋 adapts 自主学习 and leaves a note in the 教师复备栏; 张伟 adds a paragraph to 学法指导.
  const editor4 = await connect(liuyang, copy4.docName);
  paragraphText(editor4.doc, selfStudyIndex).insert(0, selfStudyEdit);
  const note = new Y.XmlElement('teacherNote');
  note.setAttribute('id', 'note-4');
  note.insert(0, [yParagraph(marginNote)]);
  blockElement(editor4.doc, selfStudyIndex).insert(1, [note]);
  await editor4.acknowledged();
  const editor3 = await connect(zhangwei, copy3.docName);
  blockElement(editor3.doc, methodIndex).insert(1, [yParagraph(methodParagraph)]);
  await editor3.acknowledged();
  clients.splice(0).forEach((client) => client.destroy());
});

afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
});

afterAll(async () => {
  await server.stop();
});

describe('GET /api/diff', () => {
  it('compares a final with a class copy, block by block', async () => {
    const response = await leader.get<DocumentDiff>(`/api/diff?from=guide:${guide.id}@${finalNumber}&to=copy:${copy4.id}`);
    expect(response.status).toBe(200);
    expect(response.body.stats.blocksChanged).toBe(1);
    const changed = response.body.blocks.filter((block) => block.status !== 'unchanged');
    expect(changed.map((block) => [block.id, block.title, block.status])).toEqual([['demo-selfstudy', '自主学习', 'modified']]);
    const inserted = changed[0].parts.filter((part) => part.kind === 'insert').map((part) => part.text).join('');
    expect(inserted).toContain(selfStudyEdit);
    // The 复备批注 is the teacher's remark beside the guide, not a change of it.
    expect(JSON.stringify(changed[0].parts)).not.toContain(marginNote);
    expect(response.body.stats.wordsDeleted).toBe(0);
  });

  it('finds no change between a just-finalised guide and its final', async () => {
    const response = await zhangwei.get<DocumentDiff>(`/api/diff?from=guide:${guide.id}&to=guide:${guide.id}@${finalNumber}`);
    expect(response.status).toBe(200);
    expect(response.body.stats).toEqual({ blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 });
  });

  it('compares two class copies of the same final', async () => {
    const response = await zhangwei.get<DocumentDiff>(`/api/diff?from=copy:${copy3.id}&to=copy:${copy4.id}`);
    expect(response.body.blocks.filter((block) => block.status !== 'unchanged').map((block) => block.title)).toEqual(['学法指导', '自主学习']);
  });

  it('refuses a bad ref with 400 and the parameter as the path', async () => {
    const cases: [string, string][] = [
      [`from=guide-${guide.id}&to=copy:${copy4.id}`, 'from'],
      [`from=guide:${guide.id}&to=guide:${guide.id}@0`, 'to'],
      [`from=guide:${guide.id}`, 'to'],
      [`from=copy:${copy4.id}@2&to=guide:${guide.id}`, 'from'],
    ];
    for (const [query, parameter] of cases) {
      const response = await leader.get(`/api/diff?${query}`);
      expect({ query, status: response.status, body: response.body }).toMatchObject({
        status: 400,
        body: { error: { code: 'invalid_query', path: [parameter] } },
      });
    }
  });

  it('requires read access to both sides', async () => {
    const missing = await leader.get(`/api/diff?from=guide:${guide.id}@99&to=copy:${copy4.id}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { path: ['from'] } });
    const hidden = await outsider.get(`/api/diff?from=guide:${guide.id}@${finalNumber}&to=copy:${copy4.id}`);
    expect(hidden.status).toBe(404);
  });
});

describe('the per-class view of a lesson', () => {
  it('lists every class copy with its teacher, class, base final and a summary of its changes', async () => {
    const response = await liuyang.get<ClassCopyRow[]>(`/api/guides/${guide.id}/classes`);
    expect(response.status).toBe(200);
    expect(response.body.map((row) => [row.className, row.teacher.name, row.baseVersionLabel, row.behind])).toEqual([
      ['八年级(3)班', '张伟', '定稿 v1', false],
      ['八年级(4)班', '刘洋', '定稿 v1', false],
    ]);
    const [row3, row4] = response.body;
    expect(row3).toMatchObject({ copyId: copy3.id, classId: 'class-8-3', baseVersion: finalNumber, taughtOn: null, reflectionWritten: false });
    expect(row3.stats.blocksChanged).toBe(1);
    expect(row4.stats.blocksChanged).toBe(1);
    expect(row4.stats.wordsInserted).toBeGreaterThan(5);
    expect((await outsider.get(`/api/guides/${guide.id}/classes`)).status).toBe(404);
  });
});

describe('已上课 and 教后反思', () => {
  it('adds a 教后反思 block for the teacher through the log, live in the open editor', async () => {
    const editor = await connect(liuyang, copy4.docName);
    const blocksBefore = editor.doc.getXmlFragment(contentFragmentName).length;
    const response = await liuyang.post<CopyStatus>(`/api/copies/${copy4.id}/taught`, { date: '2026-03-12' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ taughtOn: '2026-03-12', reflectionWritten: false });
    const reflectionId = response.body.reflectionBlockId!;
    expect(reflectionId).toBeTruthy();

    await waitFor(() => editor.doc.getXmlFragment(contentFragmentName).length === blocksBefore + 1, 'the reflection block to arrive');
    const block = blockById(editor.json(), reflectionId);
    expect(block).toMatchObject({ type: 'reflection', attrs: { title: '教后反思', audience: 'teacher' } });
    expect(textOf(block)).toBe('效果好的地方：\n\n存在的问题：\n\n改进措施：\n');

    // Saying it again changes the date and keeps the one reflection block.
    const again = await liuyang.post<CopyStatus>(`/api/copies/${copy4.id}/taught`, { date: '2026-03-13' });
    expect(again.body).toMatchObject({ taughtOn: '2026-03-13', reflectionBlockId: reflectionId });
    const content = (await liuyang.get<JSONContent>(`/api/copies/${copy4.id}/content`)).body;
    expect(content.content!.filter((node) => node.type === 'reflection' && node.attrs?.title === '教后反思')).toHaveLength(1);
  });

  it('is for the copy’s teacher only, with a real date', async () => {
    const byLeader = await leader.post(`/api/copies/${copy4.id}/taught`, { date: '2026-03-12' });
    expect(byLeader.status).toBe(403);
    const badDate = await liuyang.post(`/api/copies/${copy4.id}/taught`, { date: '2026-3-12' });
    expect(badDate.status).toBe(400);
    expect(badDate.body).toMatchObject({ error: { code: 'invalid_body', path: ['date'] } });
  });

  it('counts a reflection once the teacher writes in it, for the teacher and the leader', async () => {
    const status = (await liuyang.get<CopyStatus>(`/api/copies/${copy4.id}/status`)).body;
    const editor = await connect(liuyang, copy4.docName);
    const index = editor.json().content!.findIndex((node) => node.attrs?.id === status.reflectionBlockId);
    const firstPrompt = paragraphText(editor.doc, index);
    firstPrompt.insert(firstPrompt.length, '小组讨论充分，学生能自己写出解析式。');
    await editor.acknowledged();

    expect((await liuyang.get<CopyStatus>(`/api/copies/${copy4.id}/status`)).body.reflectionWritten).toBe(true);
    const rows = (await leader.get<ClassCopyRow[]>(`/api/guides/${guide.id}/classes`)).body;
    expect(rows.find((row) => row.copyId === copy4.id)).toMatchObject({ taughtOn: '2026-03-13', reflectionWritten: true });

    const asLeader = await leader.get<ReflectionCounts>('/api/groups/group-math8/reflections?on=2026-03-20');
    expect(asLeader.status).toBe(200);
    expect(asLeader.body.term).toMatchObject({ label: '2025-2026学年第二学期', start: '2026-02-01', end: '2026-07-31' });
    expect(asLeader.body.target).toBe(30);
    const counts = Object.fromEntries(asLeader.body.teachers.map((row) => [row.teacher.name, [row.taught, row.reflections]]));
    expect(counts).toEqual({ 王磊: [0, 0], 李芳: [0, 0], 张伟: [0, 0], 刘洋: [1, 1] });

    const asTeacher = await liuyang.get<ReflectionCounts>('/api/groups/group-math8/reflections?on=2026-03-20');
    expect(asTeacher.body.teachers).toEqual([{ teacher: { id: 'user-liuyang', name: '刘洋' }, taught: 1, reflections: 1 }]);
    const nextTerm = await liuyang.get<ReflectionCounts>('/api/groups/group-math8/reflections?on=2026-09-10');
    expect(nextTerm.body.teachers[0]).toMatchObject({ taught: 0, reflections: 0 });
    expect((await outsider.get('/api/groups/group-math8/reflections')).status).toBe(403);
    expect((await leader.get('/api/groups/group-math8/reflections?on=March')).status).toBe(400);
  });
});

describe('harvesting a class copy into the guide (二次开发)', () => {
  it('is refused outside revising and to anyone but the leader', async () => {
    const body = { copyId: copy4.id, blockId: 'demo-selfstudy' };
    const inFinal = await leader.post(`/api/guides/${guide.id}/harvest`, body);
    expect(inFinal.status).toBe(409);
    expect(inFinal.body).toMatchObject({ error: { code: 'wrong_stage' } });
    await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'reopen' });
    const byMember = await liuyang.post(`/api/guides/${guide.id}/harvest`, body);
    expect(byMember.status).toBe(403);
    expect(byMember.body).toMatchObject({ error: { code: 'wrong_role' } });
    const unknownBlock = await leader.post(`/api/guides/${guide.id}/harvest`, { copyId: copy4.id, blockId: 'nope' });
    expect(unknownBlock.body).toMatchObject({ error: { path: ['blockId'] } });
    const unknownCopy = await leader.post(`/api/guides/${guide.id}/harvest`, { copyId: 'nope', blockId: 'demo-selfstudy' });
    expect(unknownCopy.body).toMatchObject({ error: { path: ['copyId'] } });
  });

  it('takes a block in place of the guide’s, without the teacher’s margin notes, live in the leader’s editor', async () => {
    const editor = await connect(leader, guide.docName);
    const response = await leader.post<Harvest>(`/api/guides/${guide.id}/harvest`, { copyId: copy4.id, blockId: 'demo-selfstudy' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ author: { name: '刘洋' }, className: '八年级(4)班', blockTitle: '自主学习', paragraphIndex: null, version: null });
    await waitFor(() => textOf(blockById(editor.json(), 'demo-selfstudy')).includes(selfStudyEdit), 'the harvest to reach the editor');
    const live = (await leader.get<JSONContent>(`/api/guides/${guide.id}/content`)).body;
    expect(textOf(blockById(live, 'demo-selfstudy'))).toContain(selfStudyEdit);
    expect(JSON.stringify(live)).not.toContain(marginNote);
    // The copy keeps its note; nothing else of either copy came along.
    expect(JSON.stringify((await liuyang.get(`/api/copies/${copy4.id}/content`)).body)).toContain(marginNote);
    expect(JSON.stringify(live)).not.toContain(methodParagraph);
  });

  it('takes one paragraph in after the paragraph it follows in the copy', async () => {
    const response = await leader.post<Harvest>(`/api/guides/${guide.id}/harvest`, { copyId: copy3.id, blockId: 'demo-method', paragraphIndex: 1 });
    expect(response.status).toBe(201);
    const live = (await leader.get<JSONContent>(`/api/guides/${guide.id}/content`)).body;
    const method = blockById(live, 'demo-method');
    expect(method.content!.map(textOf)[1]).toBe(methodParagraph);
    // 学法指导 is one list in the seeded guide; the paragraph follows it, as in 张伟's copy.
    expect(method.content!.map((node) => node.type)).toEqual(['bulletList', 'paragraph']);
  });

  it('credits the copies’ teachers in the note of the next final', async () => {
    const pending = (await zhangwei.get<GuideHarvests>(`/api/guides/${guide.id}/harvests`)).body;
    expect(pending.versionNotes).toEqual([
      { version: null, note: '吸收二次备课：刘洋（八年级(4)班）「自主学习」；张伟（八年级(3)班）「学法指导」第2段' },
    ]);
    const finalised = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
    const v2 = { number: finalised.body.latestVersion!.number, label: finalised.body.latestVersion!.label };
    const notes = (await zhangwei.get<GuideHarvests>(`/api/guides/${guide.id}/harvests`)).body;
    expect(notes.versionNotes).toEqual([{ version: v2, note: pending.versionNotes[0].note }]);
    expect(notes.harvests.map((harvest) => harvest.version)).toEqual([v2, v2]);
    const v2Content = JSON.stringify((await zhangwei.get(`/api/guides/${guide.id}/content?version=${v2.number}`)).body);
    expect(v2Content).toContain(selfStudyEdit);
    expect(v2Content).toContain(methodParagraph);
    expect((await outsider.get(`/api/guides/${guide.id}/harvests`)).status).toBe(404);
  });
});
