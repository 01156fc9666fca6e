import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { guideSchema } from '../../shared/editor/schema.ts';
import type { BlockReuseResponse, VersionBlocks } from '../../shared/schemas/blockReuse.ts';
import type { Copy } from '../../shared/schemas/copy.ts';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import type { Suggestion } from '../../shared/schemas/suggestion.ts';
import type { SuggestionRefusal } from '../../shared/schemas/suggestionRefusal.ts';
import type { ApiClient } from '../helpers/api.ts';
import { statelessMessages, waitFor } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { docxText } from '../helpers/docxText.ts';
import { download } from '../helpers/docxUpload.ts';
import { editInEditor, nodeWithId } from '../helpers/editorEditing.ts';

const suite = collabSuite({ outsider: true });
const schema = guideSchema();
const seededTitle = '19.2.2 一次函数（第1课时）';
let leader: ApiClient; // 王磊
let lifang: ApiClient; // 李芳, lead drafter of the seeded guide
let liu: ApiClient; // 刘洋, a member: suggests in the review
let outsider: ApiClient; // another school's leader

let source: GuideSummary;
let finalNumber: number;

async function transition(client: ApiClient, guideId: string, action: string) {
  const response = await client.post<Guide>(`/api/guides/${guideId}/transitions`, { action });
  expect(response.status, `${action}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

async function content(client: ApiClient, guideId: string): Promise<JSONContent> {
  const answer = await client.get<JSONContent>(`/api/guides/${guideId}/content`);
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Every id in a tree of nodes. */
function idsIn(node: JSONContent): string[] {
  const own = typeof node.attrs?.id === 'string' ? [node.attrs.id] : [];
  return [...own, ...(node.content ?? []).flatMap(idsIn)];
}

/** The node with its ids (and credit) left out: what must be equal between a block and its copy. */
function withoutIds(node: JSONContent): JSONContent {
  const copy: JSONContent = { ...node };
  if (node.attrs) {
    const { id: _id, origin: _origin, ...attrs } = node.attrs as Record<string, unknown>;
    copy.attrs = attrs;
  }
  if (node.content) copy.content = node.content.map(withoutIds);
  return copy;
}

function typesIn(node: JSONContent): Set<string> {
  return new Set([node.type ?? '', ...(node.content ?? []).flatMap((child) => [...typesIn(child)])]);
}

const expectedCredit = () => ({
  guideId: source.id,
  version: finalNumber,
  versionLabel: '定稿 v1',
  title: seededTitle,
  group: '八年级数学备课组',
  term: expect.stringMatching(/^\d{4}-\d{4}学年第[一二]学期$/),
});

beforeAll(async () => {
  [leader, lifang, liu, outsider] = await suite.login('wanglei', 'lifang', 'liuyang', 'outsider');
  source = (await leader.guides()).body.find((guide) => guide.title === seededTitle)!;
  // The 当堂检测 gets a formula and a fill-in blank with its answer before the final is made.
  const writer = await suite.connect(lifang, `guide:${source.id}`);
  editInEditor(writer.doc, null, (tr, doc) => {
    const check = nodeWithId(doc, 'demo-check');
    const paragraphEnd = check.pos + 1 + check.node.firstChild!.nodeSize - 1;
    tr.insert(paragraphEnd, [schema.nodes.inlineMath!.create({ latex: 'y=kx+b' }), schema.nodes.blank!.create({ answer: '一次函数' })]);
  });
  await writer.acknowledged();
  suite.release(writer);
  await transition(lifang, source.id, 'submit');
  await transition(leader, source.id, 'endReview');
  finalNumber = (await transition(leader, source.id, 'finalise')).latestVersion!.number;
});

describe('copying a block from another guide (从其他导学案复制)', () => {
  let target: Guide;
  let copied: JSONContent[];

  it('lists the blocks of a final the teacher may read', async () => {
    const answer = await lifang.get<VersionBlocks>(`/api/guides/${source.id}/versions/${finalNumber}/blocks`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ guideId: source.id, title: seededTitle, versionNumber: finalNumber, versionLabel: '定稿 v1', groupName: '八年级数学备课组' });
    expect(answer.body.blocks.map((block) => [block.id, block.kind])).toContainEqual(['demo-mutual', 'mutualLearning']);
    expect(answer.body.blocks.find((block) => block.id === 'demo-check')?.title).toBe('当堂检测');
  });

  it('puts the blocks into my guide with new ids and the credit, formulas, blanks and answers included', async () => {
    target = (await leader.post<Guide>('/api/guides', { title: '19.3 一次函数的应用', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' })).body;
    const answer = await lifang.post<BlockReuseResponse>('/api/block-reuses', {
      target: { kind: 'guide', id: target.id },
      fromGuideId: source.id,
      fromVersion: finalNumber,
      blockIds: ['demo-mutual', 'demo-check'],
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    copied = answer.body.blocks as JSONContent[];
    expect(copied.map((block) => block.type)).toEqual(['mutualLearning', 'check']);
    for (const block of copied) expect(block.attrs?.origin).toEqual(expectedCredit());

    const finalContent = (await lifang.get<JSONContent>(`/api/guides/${source.id}/content?version=${finalNumber}`)).body;
    const originals = ['demo-mutual', 'demo-check'].map((id) => finalContent.content!.find((block) => block.attrs?.id === id)!);
    copied.forEach((block, index) => expect(withoutIds(block)).toEqual(withoutIds(originals[index]!)));
    expect([...typesIn(copied[1]!)]).toEqual(expect.arrayContaining(['question', 'answer', 'inlineMath', 'blank']));
    // New ids on the blocks and on every question and answer in them, none of the source's.
    const sourceIds = new Set(idsIn(finalContent));
    const newIds = copied.flatMap(idsIn);
    expect(newIds.length).toBeGreaterThan(2);
    expect(new Set(newIds).size).toBe(newIds.length);
    for (const id of newIds) expect(sourceIds.has(id)).toBe(false);

    // 李芳's editor inserts them after the first block, like any edit of hers.
    const editor = await suite.connect(lifang, target.docName);
    editInEditor(editor.doc, null, (tr, doc) => {
      tr.insert(doc.child(0).nodeSize, copied.map((block) => schema.nodeFromJSON(block)));
    });
    await editor.acknowledged();
    const live = await content(leader, target.id);
    expect(live.content!.slice(1, 3)).toEqual(copied);
    expect(live.content![0]!.attrs?.origin).toBeNull();
  });

  it('prints the 来源 under the copied block in the 教师版 only', async () => {
    const exported = async (edition: 'teacher' | 'student') => {
      const response = await download(suite.server, lifang.token, `/api/guides/${target.id}/export.docx?edition=${edition}`);
      expect(response.status).toBe(200);
      return docxText(response.bytes);
    };
    const credit = new RegExp(`来源：《${seededTitle.replace(/[()（）]/g, '.')}》 定稿 v1 · 八年级数学备课组 · \\d{4}-\\d{4}学年第[一二]学期`);
    const [teacher, student] = await Promise.all([exported('teacher'), exported('student')]);
    expect(teacher.match(new RegExp(credit.source, 'g'))).toHaveLength(2);
    expect(student).not.toContain('来源');
    expect(student).toContain('先独立思考2分钟');
  });

  it('shows the reuse in the source’s derived list, to those who may read the guide it went into', async () => {
    const sourceGuide = (await leader.guide(source.id)).body;
    expect(sourceGuide.derived).toContainEqual(
      expect.objectContaining({
        guideId: target.id,
        title: '19.3 一次函数的应用',
        groupName: '八年级数学备课组',
        versionNumber: finalNumber,
        reused: [
          { kind: 'mutualLearning', title: '合作探究' },
          { kind: 'check', title: '当堂检测' },
        ],
        copy: null,
      }),
    );
    // The guide itself was not started from the source: it has no 来源 of its own.
    expect((await leader.guide(target.id)).body.origin).toBeNull();
  });

  it('refuses a block of a guide the teacher may not read, and a guide they may not change', async () => {
    const ownGuide = (await outsider.post<Guide>('/api/guides', { title: '外校的课', templateId: 'general', groupId: 'group-other', leadDrafterId: 'user-outsider' })).body;
    const list = await outsider.get(`/api/guides/${source.id}/versions/${finalNumber}/blocks`);
    expect(list.status).toBe(404);
    const copy = await outsider.post<{ error: { code: string } }>('/api/block-reuses', {
      target: { kind: 'guide', id: ownGuide.id },
      fromGuideId: source.id,
      fromVersion: finalNumber,
      blockIds: ['demo-mutual'],
    });
    expect(copy.status).toBe(404);
    // Into a guide of another school: not found either, whatever the source.
    const into = await lifang.post('/api/block-reuses', { target: { kind: 'guide', id: ownGuide.id }, fromGuideId: source.id, fromVersion: finalNumber, blockIds: ['demo-mutual'] });
    expect(into.status).toBe(404);
    // 刘洋 only comments on a guide being drafted: he may not copy blocks into it.
    const readOnly = await liu.post<{ error: { code: string } }>('/api/block-reuses', {
      target: { kind: 'guide', id: target.id },
      fromGuideId: source.id,
      fromVersion: finalNumber,
      blockIds: ['demo-mutual'],
    });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error.code).toBe('read_only');
    expect((await leader.guide(source.id)).body.derived!.filter((entry) => entry.reused)).toHaveLength(1);
  });

  it('answers 400 with the field for a body that is not a copy request', async () => {
    const empty = await lifang.post<{ error: { path: (string | number)[] } }>('/api/block-reuses', {
      target: { kind: 'guide', id: target.id },
      fromGuideId: source.id,
      fromVersion: finalNumber,
      blockIds: [],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.path).toEqual(['blockIds']);
    const unknown = await lifang.post<{ error: { code: string; path: (string | number)[] } }>('/api/block-reuses', {
      target: { kind: 'guide', id: target.id },
      fromGuideId: source.id,
      fromVersion: finalNumber,
      blockIds: ['demo-mutual', 'no-such-block'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'unknown_block', path: ['blockIds', 1] });
    expect((await lifang.get(`/api/guides/${source.id}/versions/0/blocks`)).status).toBe(400);
    expect((await lifang.get(`/api/guides/${source.id}/versions/99/blocks`)).status).toBe(404);
  });
});

describe('copying a block into a class copy (复备)', () => {
  it('goes into the teacher’s own copy only, and the source lists it with the class', async () => {
    // The new lesson is made final too, and 刘洋 adapts it for his class.
    const lesson = (await leader.post<Guide>('/api/guides', { title: '19.5 一次函数与方程', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' })).body;
    await transition(lifang, lesson.id, 'submit');
    await transition(leader, lesson.id, 'endReview');
    const finalised = await leader.post<Guide>(`/api/guides/${lesson.id}/transitions`, { action: 'finalise', override: { reason: '模板内容，测试用' } });
    expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
    const copy = (await liu.post<Copy>(`/api/guides/${lesson.id}/copies`, { classId: 'class-8-4' })).body;
    expect(copy.id).toBeTruthy();

    // 李芳 may read 刘洋's copy but not change it.
    const notHers = await lifang.post<{ error: { code: string } }>('/api/block-reuses', {
      target: { kind: 'copy', id: copy.id },
      fromGuideId: source.id,
      fromVersion: finalNumber,
      blockIds: ['demo-check'],
    });
    expect(notHers.status).toBe(403);
    const answer = await liu.post<BlockReuseResponse>('/api/block-reuses', {
      target: { kind: 'copy', id: copy.id },
      fromGuideId: source.id,
      fromVersion: finalNumber,
      blockIds: ['demo-check'],
    });
    expect(answer.status).toBe(201);
    const editor = await suite.connect(liu, copy.docName);
    editInEditor(editor.doc, null, (tr, doc) => tr.insert(doc.content.size, schema.nodeFromJSON(answer.body.blocks[0]!)));
    await editor.acknowledged();
    const live = (await liu.get<JSONContent>(`/api/copies/${copy.id}/content`)).body;
    expect(live.content!.at(-1)!.attrs).toMatchObject({ id: (answer.body.blocks[0] as JSONContent).attrs!.id, origin: expectedCredit() });

    const entry = expect.objectContaining({
      guideId: lesson.id,
      title: '19.5 一次函数与方程',
      reused: [{ kind: 'check', title: '当堂检测' }],
      copy: { id: copy.id, className: '八年级(4)班' },
    });
    expect((await lifang.guide(source.id)).body.derived).toContainEqual(entry);
    expect((await liu.guide(source.id)).body.derived).toContainEqual(entry);
  });
});

describe('a suggest-only member copying a block in the review', () => {
  it('arrives as a suggestion with its credit; the same block inserted plainly is refused', async () => {
    const guide = await suite.guideInReview(leader, lifang, '19.4 复习课');
    const answer = await liu.post<BlockReuseResponse>('/api/block-reuses', {
      target: { kind: 'guide', id: guide.id },
      fromGuideId: source.id,
      fromVersion: finalNumber,
      blockIds: ['demo-mutual'],
    });
    expect(answer.status).toBe(201);
    const block = schema.nodeFromJSON(answer.body.blocks[0]!);
    const insertAtEnd = (tr: Parameters<Parameters<typeof editInEditor>[2]>[0], doc: ProseMirrorNode) => tr.insert(doc.content.size, block);

    const plain = await suite.connect(liu, guide.docName);
    const refused = statelessMessages<SuggestionRefusal>(plain, 'suggestion-refused');
    const before = await content(leader, guide.id);
    editInEditor(plain.doc, null, insertAtEnd);
    await waitFor(() => refused.length > 0, 'the refusal');
    expect(refused[0]!.reason).toBe('not-a-suggestion');
    expect(await content(leader, guide.id)).toEqual(before);
    suite.release(plain);

    const suggesting = await suite.connect(liu, guide.docName);
    const refusedAgain = statelessMessages<SuggestionRefusal>(suggesting, 'suggestion-refused');
    editInEditor(suggesting.doc, 'user-liuyang', insertAtEnd);
    await suggesting.acknowledged();
    expect(refusedAgain).toEqual([]);
    const live = await content(leader, guide.id);
    const arrived = live.content!.at(-1)!;
    expect(arrived.attrs).toMatchObject({ id: block.attrs.id, origin: expectedCredit(), suggestion: { kind: 'insert', author: 'user-liuyang' } });
    const suggestions = (await leader.get<Suggestion[]>(`/api/guides/${guide.id}/suggestions`)).body;
    expect(suggestions).toEqual([expect.objectContaining({ kind: 'insert', node: 'mutualLearning', author: 'user-liuyang' })]);
  });
});
