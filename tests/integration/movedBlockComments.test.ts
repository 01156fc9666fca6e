import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { guideSchema } from '../../shared/editor/schema.ts';
import type { CommentThread } from '../../shared/schemas/comment.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Suggestion } from '../../shared/schemas/suggestion.ts';
import { anchorOn } from '../helpers/commentAnchor.ts';
import type { ApiClient } from '../helpers/api.ts';
import { collabSuite, reviewSentence } from '../helpers/collabSuite.ts';
import { editInEditor } from '../helpers/editorEditing.ts';

const suite = collabSuite();
const schema = guideSchema();
let leader: ApiClient;
let drafter: ApiClient;
let zhang: ApiClient;
let liu: ApiClient;

beforeAll(async () => {
  [leader, drafter, zhang, liu] = await suite.login('wanglei', 'lifang', 'zhangwei', 'liuyang');
});

async function serverDoc(guide: Guide): Promise<ProseMirrorNode> {
  return schema.nodeFromJSON((await leader.get(`/api/guides/${guide.id}/content`)).body as never);
}

async function threads(guide: Guide): Promise<CommentThread[]> {
  const response = await leader.get<CommentThread[]>(`/api/guides/${guide.id}/comments`);
  expect(response.status).toBe(200);
  return response.body;
}

/** 刘洋 (suggest-only) moves the first block below the second in the editor's suggestion mode. */
async function suggestMoveOfFirstBlock(guide: Guide): Promise<Suggestion> {
  const client = await suite.connect(liu, guide.docName);
  editInEditor(client.doc, 'user-liuyang', (tr, doc) => {
    const [first, second] = [doc.child(0), doc.child(1)];
    tr.replaceWith(0, first.nodeSize + second.nodeSize, [second, first]);
  });
  await client.acknowledged();
  suite.release(client);
  const open = (await leader.get<Suggestion[]>(`/api/guides/${guide.id}/suggestions`)).body;
  expect(open).toHaveLength(1);
  expect(open[0]).toMatchObject({ kind: 'move' });
  return open[0]!;
}

describe('comments in a block whose move is accepted', () => {
  it('stay on their text in the block at its new place, and a comment elsewhere is untouched', async () => {
    const guide = await suite.guideInReview(leader, drafter, '移动模块后批注仍在');
    // The leader writes a sentence into the second block, where a comment will stay put.
    const secondBlockText = '先复习正比例函数。';
    const editor = await suite.connect(leader, guide.docName);
    editInEditor(editor.doc, null, (tr, doc) => {
      let at = -1;
      doc.child(1).descendants((node, pos) => {
        if (at < 0 && node.isTextblock) at = doc.child(0).nodeSize + 1 + pos + 1;
        return at < 0;
      });
      tr.insertText(secondBlockText, at);
    });
    await editor.acknowledged();
    const reader = await suite.connect(zhang, guide.docName);
    const before = await serverDoc(guide);
    expect(before.child(1).textContent).toContain(secondBlockText);

    const inMoved = await zhang.post<CommentThread>(`/api/guides/${guide.id}/comments`, {
      anchor: anchorOn(reader.doc, '一次函数的概念'),
      body: '这一句放到后面更顺。',
    });
    expect(inMoved.status).toBe(201);
    const elsewhere = await zhang.post<CommentThread>(`/api/guides/${guide.id}/comments`, {
      anchor: anchorOn(reader.doc, secondBlockText),
      body: '这里不动。',
    });
    expect(elsewhere.status).toBe(201);
    expect(reviewSentence).toContain('一次函数的概念');

    const move = await suggestMoveOfFirstBlock(guide);
    expect((await leader.post(`/api/guides/${guide.id}/suggestions/${move.id}/accept`, {})).status).toBe(200);

    const after = await serverDoc(guide);
    expect(after.childCount).toBe(before.childCount);
    expect(after.child(1).textContent).toBe(before.child(0).textContent);
    const movedBlockId = after.child(1).attrs.id as string;
    const byId = new Map((await threads(guide)).map((thread) => [thread.id, thread]));
    expect(byId.get(inMoved.body.id)).toMatchObject({ anchorText: '一次函数的概念', blockId: movedBlockId });
    expect(byId.get(elsewhere.body.id)).toMatchObject({ anchorText: secondBlockText, blockId: after.child(0).attrs.id });

    // The new anchor is a live one: typing before the text keeps the comment on it.
    editInEditor(editor.doc, null, (tr, doc) => tr.insertText('先读题。', doc.child(0).nodeSize + 3));
    await editor.acknowledged();
    const moved = (await threads(guide)).find((thread) => thread.id === inMoved.body.id);
    expect(moved).toMatchObject({ anchorText: '一次函数的概念', blockId: movedBlockId });
  });

  it('stay where they were when the move is rejected', async () => {
    const guide = await suite.guideInReview(leader, drafter, '拒绝移动后批注仍在');
    const reader = await suite.connect(zhang, guide.docName);
    const before = await serverDoc(guide);
    const created = await zhang.post<CommentThread>(`/api/guides/${guide.id}/comments`, {
      anchor: anchorOn(reader.doc, '会画一次函数的图象'),
      body: '图象要画准。',
    });
    expect(created.status).toBe(201);
    const move = await suggestMoveOfFirstBlock(guide);
    expect((await leader.post(`/api/guides/${guide.id}/suggestions/${move.id}/reject`, {})).status).toBe(200);
    const thread = (await threads(guide)).find((candidate) => candidate.id === created.body.id);
    expect(thread).toMatchObject({ anchorText: '会画一次函数的图象', blockId: before.child(0).attrs.id });
  });
});
