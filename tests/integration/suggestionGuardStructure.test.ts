import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { guideSchema } from '../../shared/editor/schema.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Suggestion } from '../../shared/schemas/suggestion.ts';
import type { SuggestionRefusal } from '../../shared/schemas/suggestionRefusal.ts';
import type { ApiClient } from '../helpers/api.ts';
import { statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { editInEditor } from '../helpers/editorEditing.ts';
import { textblock } from '../helpers/editorTyping.ts';

const suite = collabSuite();
const schema = guideSchema();
const member = 'user-liuyang';
let leader: ApiClient;
let drafter: ApiClient;
let liu: ApiClient;

beforeAll(async () => {
  [leader, drafter, liu] = await suite.login('wanglei', 'lifang', 'liuyang');
});

const guideInReview = (title: string) => suite.guideInReview(leader, drafter, title);

async function serverContent(guide: Guide): Promise<JSONContent> {
  const answer = await leader.get<JSONContent>(`/api/guides/${guide.id}/content`);
  expect(answer.status).toBe(200);
  return answer.body;
}

async function serverDoc(guide: Guide): Promise<ProseMirrorNode> {
  return schema.nodeFromJSON(await serverContent(guide));
}

async function openSuggestions(guide: Guide): Promise<Suggestion[]> {
  const answer = await leader.get<Suggestion[]>(`/api/guides/${guide.id}/suggestions`);
  expect(answer.status).toBe(200);
  return answer.body;
}

async function decide(guide: Guide, id: string, decision: 'accept' | 'reject'): Promise<void> {
  expect((await leader.post(`/api/guides/${guide.id}/suggestions/${id}/${decision}`, {})).status).toBe(200);
}

function nodesOfType(doc: ProseMirrorNode, type: string): ProseMirrorNode[] {
  const found: ProseMirrorNode[] = [];
  doc.descendants((node) => {
    if (node.type.name === type) found.push(node);
  });
  return found;
}

/** A change 刘洋 (suggest-only) makes in the editor's suggestion mode: the server takes it. */
async function suggestAsMember(guide: Guide, build: Parameters<typeof editInEditor>[2]): Promise<void> {
  const client = await suite.connect(liu, guide.docName);
  const refused = statelessMessages<SuggestionRefusal>(client, 'suggestion-refused');
  editInEditor(client.doc, member, build);
  await client.acknowledged();
  expect(refused).toEqual([]);
  suite.release(client);
}

/** The same change made without suggestion mode, sent past the editor: refused, the document intact. */
async function expectPlainRefused(guide: Guide, build: Parameters<typeof editInEditor>[2]): Promise<void> {
  const client: CollabClient = await suite.connect(liu, guide.docName);
  const refused = statelessMessages<SuggestionRefusal>(client, 'suggestion-refused');
  const before = await serverContent(guide);
  editInEditor(client.doc, null, build);
  await waitFor(() => refused.length > 0, 'the refusal');
  expect(refused[0]!.reason).toBe('not-a-suggestion');
  expect(await serverContent(guide)).toEqual(before);
  expect(client.socket.status).toBe('connected');
  suite.release(client);
}

const figureSrc = `/api/files/${'c'.repeat(64)}`;

describe('the suggest-only guard on formulas, blanks and figures', () => {
  it('a suggest-only member’s inserted formula arrives as a suggestion and a plain one is refused', async () => {
    const guide = await guideInReview('原子：行内公式');
    await expectPlainRefused(guide, (tr, doc) => tr.insert(textblock(doc, 0).to, schema.nodes.inlineMath!.create({ latex: 'y=kx+b' })));
    await suggestAsMember(guide, (tr, doc) => tr.insert(textblock(doc, 0).to, schema.nodes.inlineMath!.create({ latex: 'y=kx+b' })));

    const [suggestion, ...rest] = await openSuggestions(guide);
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({ kind: 'insert', node: 'inlineMath', text: '$y=kx+b$', author: member, authorName: '刘洋' });
    const formula = nodesOfType(await serverDoc(guide), 'inlineMath')[0]!;
    expect(formula.attrs.suggestion).toMatchObject({ kind: 'insert', author: member, id: suggestion!.id });

    await decide(guide, suggestion!.id, 'accept');
    const accepted = nodesOfType(await serverDoc(guide), 'inlineMath');
    expect(accepted.map((node) => [node.attrs.latex, node.attrs.suggestion])).toEqual([['y=kx+b', null]]);
  });

  it('takes a suggested blank, display formula and figure, and their deletion; plain ones are refused', async () => {
    const guide = await guideInReview('原子：填空、公式、图片');
    const original = await serverContent(guide);
    await expectPlainRefused(guide, (tr, doc) => tr.insert(textblock(doc, 0).to, schema.nodes.blank!.create({ answer: '一次函数' })));
    await expectPlainRefused(guide, (tr, doc) => tr.insert(textblock(doc, 0).to + 1, schema.nodes.blockMath!.create({ latex: '\\sqrt{2}' })));
    await expectPlainRefused(guide, (tr, doc) => tr.insert(textblock(doc, 0).to + 1, schema.nodes.image!.create({ src: figureSrc, alt: '坐标系' })));

    await suggestAsMember(guide, (tr, doc) => {
      tr.insert(textblock(doc, 0).to + 1, [
        schema.nodes.blockMath!.create({ latex: '\\sqrt{2}' }),
        schema.nodes.image!.create({ src: figureSrc, alt: '坐标系' }),
      ]);
      tr.insert(textblock(doc, 0).to, schema.nodes.blank!.create({ answer: '一次函数' }));
    });
    const suggested = await openSuggestions(guide);
    expect(suggested.map((suggestion) => [suggestion.kind, suggestion.node])).toEqual([
      ['insert', 'blank'],
      ['insert', 'blockMath'],
    ]);
    // The formula and the figure were one step: one suggestion, decided together.
    const [blank, block] = suggested;
    await decide(guide, block!.id, 'reject');
    let doc = await serverDoc(guide);
    expect([nodesOfType(doc, 'blockMath').length, nodesOfType(doc, 'image').length]).toEqual([0, 0]);
    await decide(guide, blank!.id, 'accept');
    doc = await serverDoc(guide);
    expect(nodesOfType(doc, 'blank').map((node) => [node.attrs.answer, node.attrs.suggestion])).toEqual([['一次函数', null]]);

    // Removing the accepted blank is a suggested deletion until the leader rejects it.
    await suggestAsMember(guide, (tr, content) => {
      const end = textblock(content, 0).to;
      tr.delete(end - 1, end);
    });
    const [deletion] = await openSuggestions(guide);
    expect(deletion).toMatchObject({ kind: 'delete', node: 'blank' });
    await decide(guide, deletion!.id, 'reject');
    doc = await serverDoc(guide);
    expect(nodesOfType(doc, 'blank').map((node) => node.attrs.suggestion)).toEqual([null]);
    expect(await openSuggestions(guide)).toEqual([]);
    expect(original).not.toEqual(await serverContent(guide));
  });
});

describe('the suggest-only guard on structural suggestions', () => {
  const question = (text: string) =>
    schema.nodeFromJSON({ type: 'question', attrs: { id: `q-${text.length}-${Date.now()}` }, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

  it('takes a suggested new question, which the leader accepts or rejects whole; a plain one is refused', async () => {
    const guide = await guideInReview('结构：新题');
    const original = await serverContent(guide);
    await expectPlainRefused(guide, (tr, doc) => tr.insert(doc.child(0).nodeSize - 1, question('直接加的题')));
    await suggestAsMember(guide, (tr, doc) => tr.insert(doc.child(0).nodeSize - 1, question('画出 y=2x+1 的图象。')));
    await suggestAsMember(guide, (tr, doc) => tr.insert(doc.child(0).nodeSize - 1, question('求与坐标轴的交点。')));
    const [first, second, ...rest] = await openSuggestions(guide);
    expect(rest).toEqual([]);
    expect([first, second].map((suggestion) => [suggestion!.kind, suggestion!.node, suggestion!.text])).toEqual([
      ['insert', 'question', '画出 y=2x+1 的图象。'],
      ['insert', 'question', '求与坐标轴的交点。'],
    ]);

    await decide(guide, first!.id, 'accept');
    await decide(guide, second!.id, 'reject');
    const questionsBefore = nodesOfType(schema.nodeFromJSON(original), 'question').length;
    const questions = nodesOfType(await serverDoc(guide), 'question');
    expect(questions).toHaveLength(questionsBefore + 1);
    expect(questions.filter((node) => node.textContent === '画出 y=2x+1 的图象。')).toHaveLength(1);
    expect(questions.filter((node) => node.textContent === '求与坐标轴的交点。')).toHaveLength(0);
    expect(questions.map((node) => node.attrs.suggestion)).toEqual(questions.map(() => null));
    expect(await openSuggestions(guide)).toEqual([]);
    expect(original).not.toEqual(await serverContent(guide));
  });

  it('takes suggested minutes and the move and deletion of a block, each accepted or rejected; plain ones are refused', async () => {
    const guide = await guideInReview('结构：用时、移动、删除');
    const original = await serverContent(guide);
    const titles = (doc: ProseMirrorNode) => {
      const found: string[] = [];
      doc.forEach((block) => found.push(block.attrs.title as string));
      return found;
    };
    const before = await serverDoc(guide);
    const minutesBefore = before.child(0).attrs.minutes as number | null;
    await expectPlainRefused(guide, (tr) => tr.setNodeAttribute(0, 'minutes', 12));
    await expectPlainRefused(guide, (tr, doc) => tr.delete(0, doc.child(0).nodeSize));
    // A forged old value: rejecting it would not give the guide back.
    await expectPlainRefused(guide, (tr) =>
      tr
        .setNodeAttribute(0, 'minutes', 12)
        .setNodeAttribute(0, 'suggestion', { kind: 'attrs', id: 'forged', author: member, createdAt: new Date().toISOString(), old: { minutes: 99 } }),
    );

    await suggestAsMember(guide, (tr) => tr.setNodeAttribute(0, 'minutes', 12));
    const [minutes] = await openSuggestions(guide);
    expect(minutes).toMatchObject({ kind: 'attrs', node: before.child(0).type.name, blockTitle: before.child(0).attrs.title });
    await decide(guide, minutes!.id, 'reject');
    expect((await serverDoc(guide)).child(0).attrs.minutes).toBe(minutesBefore);
    expect(await serverContent(guide)).toEqual(original);

    await suggestAsMember(guide, (tr) => tr.setNodeAttribute(0, 'minutes', 15));
    await decide(guide, (await openSuggestions(guide))[0]!.id, 'accept');
    expect((await serverDoc(guide)).child(0).attrs.minutes).toBe(15);

    // Move the first block below the second.
    await suggestAsMember(guide, (tr, doc) => {
      const [a, b] = [doc.child(0), doc.child(1)];
      tr.replaceWith(0, a.nodeSize + b.nodeSize, [b, a]);
    });
    const [move] = await openSuggestions(guide);
    expect(move).toMatchObject({ kind: 'move', node: before.child(0).type.name });
    await decide(guide, move!.id, 'accept');
    const moved = titles(await serverDoc(guide));
    expect(moved.slice(0, 2)).toEqual([titles(before)[1], titles(before)[0]]);
    expect(moved).toHaveLength(before.childCount);

    // Suggest removing the (now) first block; the leader rejects it and it stays intact.
    const beforeDeletion = await serverContent(guide);
    await suggestAsMember(guide, (tr, doc) => tr.delete(0, doc.child(0).nodeSize));
    const [deletion] = await openSuggestions(guide);
    expect(deletion).toMatchObject({ kind: 'delete', node: before.child(1).type.name });
    expect(titles(await serverDoc(guide))).toEqual(moved);
    await decide(guide, deletion!.id, 'reject');
    expect(await serverContent(guide)).toEqual(beforeDeletion);
  });
});
