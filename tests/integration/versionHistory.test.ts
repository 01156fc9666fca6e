import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentFragmentName, yDocToJson } from '../../shared/editor/schema.ts';
import type { Copy } from '../../shared/schemas/copy.ts';
import type { DocumentDiff } from '../../shared/schemas/diff.ts';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import { loginAs } from '../helpers/api.ts';
import { collabSuite, reviewSentence } from '../helpers/collabSuite.ts';
import { connectClient, waitFor } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { replaceContent } from '../helpers/replaceContent.ts';
import { startTestServer } from '../helpers/testServer.ts';

const suite = collabSuite({ outsider: true });

const leaderEdit = '【组长补充】先复习正比例函数的图象。';

/** The text of a document's paragraphs, in order. */
function textOf(node: JSONContent): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : '');
}

/** The guide's JSON with `change` applied to a deep copy. */
function edited(json: JSONContent, change: (copy: JSONContent) => void): JSONContent {
  const copy = structuredClone(json);
  change(copy);
  return copy;
}

/** The first block holding a paragraph, and that paragraph's index in it. */
function firstParagraphBlock(json: JSONContent): { block: JSONContent; index: number } {
  const block = json.content!.find((candidate) => candidate.content?.some((child) => child.type === 'paragraph'))!;
  return { block, index: block.content!.findIndex((child) => child.type === 'paragraph') };
}

describe('恢复此版本 (restore a saved version)', () => {
  it('makes the live guide the version’s content as a new change that every open editor sees at once', async () => {
    const [leader, drafter, member, outsider] = await suite.login('wanglei', 'lifang', 'zhangwei', 'outsider');
    const guide = await suite.guideInReview(leader, drafter, '版本恢复·一次函数');
    const version = (await leader.get<Guide>(`/api/guides/${guide.id}`)).body.versions[0];
    expect(version).toMatchObject({ number: 1, label: '初稿' });

    const leaderEditor = await suite.connect(leader, guide.docName);
    const drafterEditor = await suite.connect(drafter, guide.docName);
    paragraphText(leaderEditor.doc, 0).insert(0, leaderEdit);
    await leaderEditor.acknowledged();
    await waitFor(() => textOf(drafterEditor.json()).includes(leaderEdit), 'the drafter sees the leader’s edit');

    // A member suggests in 集体审稿: restoring is an edit, so the member may not.
    const byMember = await member.post(`/api/guides/${guide.id}/versions/1/restore`);
    expect(byMember).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    const byOutsider = await outsider.post(`/api/guides/${guide.id}/versions/1/restore`);
    expect(byOutsider.status).toBe(404);
    const badNumber = await leader.post(`/api/guides/${guide.id}/versions/one/restore`);
    expect(badNumber).toMatchObject({ status: 400, body: { error: { code: 'invalid_param', path: ['number'] } } });
    const zero = await leader.post(`/api/guides/${guide.id}/versions/0/restore`);
    expect(zero).toMatchObject({ status: 400, body: { error: { code: 'invalid_param', path: ['number'] } } });
    const unknown = await leader.post(`/api/guides/${guide.id}/versions/9/restore`);
    expect(unknown).toMatchObject({ status: 404, body: { error: { path: ['number'] } } });
    expect(textOf(drafterEditor.json())).toContain(leaderEdit);

    const restored = await leader.post(`/api/guides/${guide.id}/versions/1/restore`);
    // What the restore replaced (the leader's edit) was in no version: it is kept as version 2, 恢复前.
    expect(restored).toMatchObject({ status: 200, body: { ok: true, changed: true, restorePoint: 2 } });
    const saved = (await leader.get<JSONContent>(`/api/guides/${guide.id}/content?version=1`)).body;
    // Both open editors get the change live, and it is what the version holds.
    await waitFor(() => !textOf(drafterEditor.json()).includes(leaderEdit), 'the drafter sees the restore');
    await waitFor(() => !textOf(leaderEditor.json()).includes(leaderEdit), 'the leader sees the restore');
    expect(drafterEditor.json()).toEqual(saved);
    expect(textOf(drafterEditor.json())).toContain(reviewSentence);
    expect((await leader.get<JSONContent>(`/api/guides/${guide.id}/content`)).body).toEqual(saved);
    const versions = (await leader.get<Guide>(`/api/guides/${guide.id}`)).body.versions;
    expect(versions.map((entry) => [entry.number, entry.label, entry.kind, entry.author.name])).toEqual([
      [1, '初稿', 'draft', '李芳'],
      [2, '恢复前', 'restorePoint', '王磊'],
    ]);
    expect(textOf((await leader.get<JSONContent>(`/api/guides/${guide.id}/content?version=2`)).body)).toContain(leaderEdit);
    // The guide's version stays its 初稿, in the guide and in the list.
    expect((await leader.get<Guide>(`/api/guides/${guide.id}`)).body.latestVersion).toEqual({ number: 1, label: '初稿', kind: 'draft' });
    const listed = (await leader.get<GuideSummary[]>('/api/guides')).body.find((entry) => entry.id === guide.id);
    expect(listed?.latestVersion).toEqual({ number: 1, label: '初稿', kind: 'draft' });

    // Undo: restoring the 恢复前 version brings the leader's edit back, live; what it replaces is
    // 初稿, a saved version already, so no new 恢复前 is kept.
    expect((await leader.post(`/api/guides/${guide.id}/versions/2/restore`)).body).toEqual({ ok: true, changed: true, restorePoint: null });
    await waitFor(() => textOf(drafterEditor.json()).includes(leaderEdit), 'the drafter sees the undo');
    expect((await leader.get<Guide>(`/api/guides/${guide.id}`)).body.versions).toHaveLength(2);
    expect((await leader.post(`/api/guides/${guide.id}/versions/1/restore`)).body).toEqual({ ok: true, changed: true, restorePoint: null });
    await waitFor(() => !textOf(drafterEditor.json()).includes(leaderEdit), 'the drafter sees the restore again');

    // An ordinary change: the teachers keep typing after it, and restoring again changes nothing.
    paragraphText(drafterEditor.doc, 0).insert(0, '再改一句。');
    await drafterEditor.acknowledged();
    await waitFor(() => textOf(leaderEditor.json()).includes('再改一句。'), 'editing goes on after the restore');
    const again = await leader.post(`/api/guides/${guide.id}/versions/1/restore`);
    expect(again.body).toEqual({ ok: true, changed: true, restorePoint: 3 });
    const same = await leader.post(`/api/guides/${guide.id}/versions/1/restore`);
    expect(same.body).toEqual({ ok: true, changed: false, restorePoint: null });
  });

  it('is in the update log before it is answered: a crash right after it keeps it', async () => {
    const server = await startTestServer({ keepData: true });
    let restarted: Awaited<ReturnType<typeof startTestServer>> | undefined;
    try {
      const [leader, drafter] = await Promise.all([loginAs(server, 'wanglei'), loginAs(server, 'lifang')]);
      const created = await leader.post<Guide>('/api/guides', { title: '崩溃后恢复仍在', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' });
      const guide = created.body;
      const writer = await connectClient(server.wsUrl, guide.docName, drafter.token!);
      paragraphText(writer.doc, 0).insert(0, reviewSentence);
      await writer.acknowledged();
      expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
      paragraphText(writer.doc, 0).insert(0, leaderEdit);
      await writer.acknowledged();
      writer.destroy();

      expect((await leader.post(`/api/guides/${guide.id}/versions/1/restore`)).body).toEqual({ ok: true, changed: true, restorePoint: 2 });
      await server.kill('SIGKILL');
      restarted = await startTestServer({ dataDir: server.dataDir });
      const again = await loginAs(restarted, 'wanglei');
      const live = (await again.get<JSONContent>(`/api/guides/${guide.id}/content`)).body;
      expect(textOf(live)).toContain(reviewSentence);
      expect(textOf(live)).not.toContain(leaderEdit);
    } finally {
      await restarted?.stop();
      await server.stop();
    }
  });
});

describe('定稿说明 and the diffs of the history', () => {
  it('keeps the leader’s note with the final, refuses restoring a final guide, and compares formulas and notes as teachers expect', async () => {
    const [leader, drafter, member] = await suite.login('wanglei', 'lifang', 'zhangwei');
    const guide = await suite.guideInReview(leader, drafter, '定稿说明·一次函数');
    const editor = await suite.connect(leader, guide.docName);
    // A formula in the first paragraph, then 研讨稿.
    const withFormula = (latex: string) =>
      edited(editor.json(), (json) => {
        const { block, index } = firstParagraphBlock(json);
        block.content![index] = { type: 'paragraph', content: [{ type: 'text', text: '化简 ' }, { type: 'inlineMath', attrs: { latex } }] };
      });
    replaceContent(editor.doc, withFormula('\\frac{1}{2}'));
    await editor.acknowledged();
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    // The formula changes while revising: the diff shows the old and the new formula.
    replaceContent(editor.doc, withFormula('\\sqrt{2}'));
    await editor.acknowledged();
    const formulaDiff = await member.get<DocumentDiff>(`/api/diff?from=guide:${guide.id}@2&to=guide:${guide.id}`);
    expect(formulaDiff.status).toBe(200);
    const changedParts = formulaDiff.body.blocks.flatMap((block) => block.parts).filter((part) => part.kind !== 'equal');
    expect(changedParts.map(({ kind, atom }) => ({ kind, atom }))).toEqual([
      { kind: 'delete', atom: { type: 'inlineMath', latex: '\\frac{1}{2}' } },
      { kind: 'insert', atom: { type: 'inlineMath', latex: '\\sqrt{2}' } },
    ]);

    const note = '根据研讨意见，把第一题的分数改为根式，降低难度。';
    const tooLong = await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise', note: '长'.repeat(2001) });
    expect(tooLong).toMatchObject({ status: 400, body: { error: { path: ['note'] } } });
    const finalised = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise', note: `  ${note} ` });
    expect(finalised.status).toBe(200);
    const final = finalised.body.versions.at(-1)!;
    expect(final).toMatchObject({ label: '定稿 v1', kind: 'final', note });
    expect(finalised.body.versions.slice(0, -1).every((version) => version.note === null)).toBe(true);
    expect((await member.get<Guide>(`/api/guides/${guide.id}`)).body.versions.at(-1)!.note).toBe(note);

    // A final is frozen: restoring an older version waits for 重新修订.
    const onFinal = await leader.post(`/api/guides/${guide.id}/versions/1/restore`);
    expect(onFinal).toMatchObject({ status: 409, body: { error: { code: 'wrong_stage' } } });

    // A 复备批注 between two paragraphs of a class copy is no change of the guide.
    const copy = (await member.post<Copy>(`/api/guides/${guide.id}/copies`, { classId: 'class-8-3' })).body;
    const copyEditor = await suite.connect(member, copy.docName);
    const block = copyEditor.doc.getXmlFragment(contentFragmentName).get(1) as Y.XmlElement;
    const note3 = new Y.XmlElement('teacherNote');
    note3.setAttribute('id', 'note-3');
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, '3班这里先口答，再板演一题');
    paragraph.insert(0, [text]);
    note3.insert(0, [paragraph]);
    block.insert(1, [note3]);
    await copyEditor.acknowledged();
    expect(JSON.stringify(yDocToJson(copyEditor.doc))).toContain('3班这里先口答');
    const copyDiff = await member.get<DocumentDiff>(`/api/diff?from=guide:${guide.id}@${final.number}&to=copy:${copy.id}`);
    expect(copyDiff.body.stats).toEqual({ blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 });
  });
});

describe('who wrote what', () => {
  it('names the teacher of each insertion and deletion in the diff, with their colour, a restore included', async () => {
    const [leader, drafter, member] = await suite.login('wanglei', 'lifang', 'zhangwei');
    const guide = await suite.guideInReview(leader, drafter, '谁改了什么·一次函数');
    const leaderEditor = await suite.connect(leader, guide.docName);
    const drafterEditor = await suite.connect(drafter, guide.docName);
    // 王磊 deletes the drafter's first four characters (理解一次) and 李芳 adds a sentence.
    paragraphText(leaderEditor.doc, 0).delete(0, 4);
    await leaderEditor.acknowledged();
    await waitFor(() => !textOf(drafterEditor.json()).includes(reviewSentence), 'the drafter sees the deletion');
    paragraphText(drafterEditor.doc, 0).insert(paragraphText(drafterEditor.doc, 0).length, '课前预习第88页。');
    await drafterEditor.acknowledged();

    const response = await member.get<DocumentDiff>(`/api/diff?from=guide:${guide.id}@1&to=guide:${guide.id}`);
    expect(response.status).toBe(200);
    const parts = response.body.blocks.flatMap((block) => block.parts).filter((part) => part.kind !== 'equal');
    const names = (part: (typeof parts)[number]) => (part.authors ?? []).map((id) => response.body.authors?.[id]?.name);
    // The diff may pair either 。 with the old one: the words are what matter.
    expect(parts.map((part) => [part.kind, part.text.replace('。', ''), names(part)])).toEqual([
      ['delete', '理解一次', ['王磊']],
      ['insert', '课前预习第88页', ['李芳']],
    ]);
    expect(response.body.authors?.['user-wanglei']).toEqual({ id: 'user-wanglei', name: '王磊', color: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    expect(response.body.authors?.['user-wanglei']?.color).not.toBe(response.body.authors?.['user-lifang']?.color);

    // 研讨稿 keeps this state (so no 恢复前 is needed); restoring 初稿 puts the four characters back, written by who restored.
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${guide.id}/versions/1/restore`)).body).toEqual({ ok: true, changed: true, restorePoint: null });
    const afterRestore = await member.get<DocumentDiff>(`/api/diff?from=guide:${guide.id}@2&to=guide:${guide.id}`);
    const restoredParts = afterRestore.body.blocks.flatMap((block) => block.parts).filter((part) => part.kind !== 'equal');
    expect(restoredParts.map((part) => [part.kind, part.text.replace('。', ''), (part.authors ?? []).map((id) => afterRestore.body.authors?.[id]?.name)])).toEqual([
      ['insert', '理解一次', ['王磊']],
      ['delete', '课前预习第88页', ['王磊']],
    ]);
  });
});
