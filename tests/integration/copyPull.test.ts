import { rmSync } from 'node:fs';
import type { JSONContent } from '@tiptap/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diff } from '../../shared/diff/diff.ts';
import type { Copy } from '../../shared/schemas/copy.ts';
import type { ClassCopyRow, CopyStatus, IncomingChanges } from '../../shared/schemas/copyLife.ts';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

const seededTitle = '19.2.2 一次函数（第1课时）';
// The seeded guide's blocks, by index: 1 重点难点, 2 学法指导, 6 展示交流.
const keyPoints = 1;
const method = 2;
const presentation = 6;

const teacherEditInMethod = '【4班】课前先复习正比例函数。';
const teacherEditInPresentation = '（4班分两轮展示）';
const groupEditInMethod = '（组内统一：限时10分钟）';
const groupDeletionInKeyPoints = '，一次函数与正比例函数的关系';
const groupDeletionInPresentation = '，其他小组质疑、补充';

let server: TestServer;
let leader: ApiClient; // 王磊
let drafter: ApiClient; // 李芳
let teacher: ApiClient; // 刘洋, teaches 八年级(4)班
let colleague: ApiClient; // 张伟
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ keepData: true });
  [leader, drafter, teacher, colleague] = await Promise.all(
    ['wanglei', 'lifang', 'liuyang', 'zhangwei'].map((username) => loginAs(server, username)),
  );
});

afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
});

afterAll(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
});

async function connect(api: ApiClient, docName: string): Promise<CollabClient> {
  const client = await connectClient(server.wsUrl, docName, api.token!);
  clients.push(client);
  return client;
}

/** The plain text of a Y.XmlText (without the formatting of bold runs). */
function plain(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

function deleteText(text: Y.XmlText, part: string) {
  const at = plain(text).indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in "${plain(text)}"`);
  text.delete(at, part.length);
}

/** The text of one top-level block of ProseMirror JSON. */
function blockTextOf(json: JSONContent, index: number): string {
  const collect = (node: JSONContent): string => node.text ?? (node.content ?? []).map(collect).join('\n');
  return collect(json.content![index]);
}

async function transition(client: ApiClient, guideId: string, action: string) {
  const response = await client.post<Guide>(`/api/guides/${guideId}/transitions`, { action });
  expect(response.status, `${action}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

describe('a class copy taking in a later final (合并更新)', () => {
  let guide: GuideSummary;
  let copy: Copy;
  let v1: number;
  let v2: number;

  it('starts from a copy of 定稿 v1 that the teacher edits live', async () => {
    guide = (await leader.guides()).body.find((candidate) => candidate.title === seededTitle)!;
    await transition(drafter, guide.id, 'submit');
    await transition(leader, guide.id, 'endReview');
    v1 = (await transition(leader, guide.id, 'finalise')).latestVersion!.number;

    const created = await teacher.post<Copy>(`/api/guides/${guide.id}/copies`, { classId: 'class-8-4' });
    expect(created.status).toBe(201);
    copy = created.body;
    const editor = await connect(teacher, copy.docName);
    paragraphText(editor.doc, method).insert(0, teacherEditInMethod);
    paragraphText(editor.doc, presentation).insert(0, teacherEditInPresentation);
    await editor.acknowledged();

    const status = await teacher.get<CopyStatus>(`/api/copies/${copy.id}/status`);
    expect(status.body).toMatchObject({ base: { number: v1, label: '定稿 v1' }, latestFinal: { number: v1 }, behind: false });
    const early = await teacher.post(`/api/copies/${copy.id}/pull`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: 'already_latest' } });
  });

  it('shows 定稿已更新 with the group’s changes once the leader finalises v2', async () => {
    await transition(leader, guide.id, 'reopen');
    const editor = await connect(leader, guide.docName);
    deleteText(paragraphText(editor.doc, keyPoints), groupDeletionInKeyPoints);
    const methodText = paragraphText(editor.doc, method);
    methodText.insert(plain(methodText).length, groupEditInMethod);
    deleteText(paragraphText(editor.doc, presentation), groupDeletionInPresentation);
    await editor.acknowledged();
    v2 = (await transition(leader, guide.id, 'finalise')).latestVersion!.number;
    expect(v2).toBeGreaterThan(v1);

    const status = await teacher.get<CopyStatus>(`/api/copies/${copy.id}/status`);
    expect(status.body).toMatchObject({ base: { number: v1 }, latestFinal: { number: v2, label: '定稿 v2' }, behind: true });

    const incoming = await teacher.get<IncomingChanges>(`/api/copies/${copy.id}/incoming`);
    expect(incoming.status).toBe(200);
    expect(incoming.body.behind).toBe(true);
    const changed = incoming.body.diff.blocks.filter((block) => block.status !== 'unchanged');
    expect(changed.map((block) => block.title)).toEqual(['重点难点', '学法指导', '展示交流']);
    const parts = changed.flatMap((block) => block.parts);
    expect(parts).toContainEqual({ kind: 'insert', text: groupEditInMethod });
    expect(parts.filter((part) => part.kind === 'delete').map((part) => part.text).join('')).toContain('正比例函数的关系');
    // The teacher's own edits are not "incoming".
    expect(JSON.stringify(incoming.body)).not.toContain('4班');
    // The group reads the preview too.
    expect((await leader.get(`/api/copies/${copy.id}/incoming`)).status).toBe(200);
  });

  it('lets only the copy’s teacher merge', async () => {
    const byLeader = await leader.post(`/api/copies/${copy.id}/pull`);
    expect(byLeader.status).toBe(403);
    expect(byLeader.body).toMatchObject({ error: { code: 'not_copy_owner' } });
    expect((await colleague.post(`/api/copies/${copy.id}/pull`)).status).toBe(403);
    expect((await teacher.post('/api/copies/nope/pull')).status).toBe(404);
  });

  it('keeps the teacher’s edits and applies the group’s, live in the teacher’s open editor', async () => {
    const editor = await connect(teacher, copy.docName);
    const pulled = await teacher.post<Copy>(`/api/copies/${copy.id}/pull`);
    expect(pulled.status).toBe(200);
    expect(pulled.body).toMatchObject({ id: copy.id, baseVersion: v2, baseVersionLabel: '定稿 v2' });

    const content = (await teacher.get<JSONContent>(`/api/copies/${copy.id}/content`)).body;
    const methodText = blockTextOf(content, method);
    expect(methodText).toContain(teacherEditInMethod);
    expect(methodText).toContain(groupEditInMethod);
    expect(blockTextOf(content, keyPoints)).not.toContain(groupDeletionInKeyPoints);
    expect(blockTextOf(content, presentation)).toContain(teacherEditInPresentation);
    expect(blockTextOf(content, presentation)).not.toContain(groupDeletionInPresentation);

    await waitFor(() => plain(paragraphText(editor.doc, method)).includes(groupEditInMethod), 'the merge to reach the open editor');
    const merged = plain(paragraphText(editor.doc, method));
    expect(merged.startsWith(teacherEditInMethod)).toBe(true);
    expect(merged.endsWith(groupEditInMethod)).toBe(true);

    const status = await teacher.get<CopyStatus>(`/api/copies/${copy.id}/status`);
    expect(status.body).toMatchObject({ base: { number: v2 }, behind: false });
    expect(status.body.pulledAt).not.toBeNull();

    // Against its new base, the copy differs only by the teacher's own edits.
    const rows = (await leader.get<ClassCopyRow[]>(`/api/guides/${guide.id}/classes`)).body;
    const row = rows.find((candidate) => candidate.copyId === copy.id)!;
    const finalV2 = (await teacher.get<JSONContent>(`/api/guides/${guide.id}/content?version=${v2}`)).body;
    expect(row).toMatchObject({ baseVersion: v2, baseVersionLabel: '定稿 v2', behind: false, teacher: { name: '刘洋' } });
    expect(row.stats).toEqual(diff(finalV2, content).stats);
    expect(row.stats.blocksChanged).toBe(2);
  });

  it('treats a repeated pull as a no-op', async () => {
    const before = (await teacher.get<JSONContent>(`/api/copies/${copy.id}/content`)).body;
    const again = await teacher.post(`/api/copies/${copy.id}/pull`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'already_latest' } });
    expect((await teacher.get<JSONContent>(`/api/copies/${copy.id}/content`)).body).toEqual(before);
  });

  it('never lets the copy’s edits into the guide', async () => {
    const live = JSON.stringify((await leader.get(`/api/guides/${guide.id}/content`)).body);
    const final = JSON.stringify((await leader.get(`/api/guides/${guide.id}/content?version=${v2}`)).body);
    for (const text of [live, final]) {
      expect(text).toContain(groupEditInMethod);
      expect(text).not.toContain(teacherEditInMethod);
      expect(text).not.toContain(teacherEditInPresentation);
    }
  });

  it('keeps the merge after a crash, because it went through the update log', async () => {
    const before = (await teacher.get<JSONContent>(`/api/copies/${copy.id}/content`)).body;
    clients.splice(0).forEach((client) => client.destroy());
    await server.kill('SIGKILL');
    server = await startTestServer({ dataDir: server.dataDir, keepData: true });
    const again = await loginAs(server, 'liuyang');
    const after = (await again.get<JSONContent>(`/api/copies/${copy.id}/content`)).body;
    expect(after).toEqual(before);
    expect(blockTextOf(after, method)).toContain(groupEditInMethod);
    const status = await again.get<CopyStatus>(`/api/copies/${copy.id}/status`);
    expect(status.body.base.number).toBe(v2);
  });
});
