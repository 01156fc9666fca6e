import { beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Suggestion } from '../../shared/schemas/suggestion.ts';
import type { SuggestionRefusal } from '../../shared/schemas/suggestionRefusal.ts';
import type { ApiClient } from '../helpers/api.ts';
import { statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { documentText, paragraphText } from '../helpers/docText.ts';
import { editorContent, suggestionAuthors, textblock, typeInEditor } from '../helpers/editorTyping.ts';
import { suggestDeletion, suggestInsertion } from '../helpers/suggestions.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

const suite = collabSuite();
const connect = suite.connect;
let leader: ApiClient;
let drafter: ApiClient;
let zhang: ApiClient;
let liu: ApiClient;

beforeAll(async () => {
  [leader, drafter, zhang, liu] = await suite.login('wanglei', 'lifang', 'zhangwei', 'liuyang');
});

const guideInReview = (title: string) => suite.guideInReview(leader, drafter, title);

async function serverJson(guide: Guide): Promise<string> {
  return JSON.stringify((await leader.get(`/api/guides/${guide.id}/content`)).body);
}

/** The characters of a paragraph, without the formatting (suggestion marks). */
function plainText(client: CollabClient, blockIndex: number): string {
  return (paragraphText(client.doc, blockIndex).toDelta() as { insert: unknown }[])
    .map((part) => (typeof part.insert === 'string' ? part.insert : ''))
    .join('');
}

function refusals(client: CollabClient): SuggestionRefusal[] {
  return statelessMessages<SuggestionRefusal>(client, 'suggestion-refused');
}

describe('the suggest-only guard', () => {
  it('refuses a member’s plain edit sent past the editor, and the document stays intact', async () => {
    const guide = await guideInReview('审稿守卫：直接修改');
    const before = await serverJson(guide);
    const intruder = await connect(liu, guide.docName);
    const observer = await connect(drafter, guide.docName);
    const refused = refusals(intruder);

    paragraphText(intruder.doc, 0).insert(0, '绕过界面的直接修改');
    await waitFor(() => refused.length > 0, 'the refusal');
    expect(refused[0]).toMatchObject({ type: 'suggestion-refused', reason: 'not-a-suggestion' });
    expect(refused[0]!.message).toContain('建议');

    // The lead drafter's edit still goes through; the intruder's never arrives anywhere.
    paragraphText(observer.doc, 0).insert(0, '主备继续修改');
    await observer.acknowledged();
    expect(documentText(observer.doc)).not.toContain('绕过界面的直接修改');
    const after = await serverJson(guide);
    expect(after).not.toContain('绕过界面的直接修改');
    expect(after).toContain('主备继续修改');
    expect(after.replace('主备继续修改', '')).toBe(before);
    // Refused, not thrown out: the connection stays open.
    expect(intruder.socket.status).toBe('connected');

    // A deletion of someone's text is refused as well.
    const deleter = await connect(zhang, guide.docName);
    const deleterRefused = refusals(deleter);
    paragraphText(deleter.doc, 0).delete(0, 4);
    await waitFor(() => deleterRefused.length > 0, 'the refusal of a plain deletion');
    expect(await serverJson(guide)).toContain('理解一次函数的概念');
  });

  it('refuses suggestions written in another teacher’s name', async () => {
    const guide = await guideInReview('审稿守卫：冒名建议');
    const intruder = await connect(liu, guide.docName);
    const refused = refusals(intruder);
    suggestInsertion(paragraphText(intruder.doc, 0), 0, '冒名的建议', 'user-zhangwei');
    await waitFor(() => refused.length > 0, 'the refusal');
    expect(refused[0]!.reason).toBe('foreign-author');
    expect(await serverJson(guide)).not.toContain('冒名的建议');
  });

  it('lets a member withdraw their own suggestion but not another teacher’s', async () => {
    const guide = await guideInReview('审稿守卫：撤回建议');
    const zhangClient = await connect(zhang, guide.docName);
    suggestInsertion(paragraphText(zhangClient.doc, 0), 0, '张伟的补充', 'user-zhangwei');
    await zhangClient.acknowledged();
    const liuClient = await connect(liu, guide.docName);
    await waitFor(() => plainText(liuClient, 0).startsWith('张伟的补充'), '张伟’s suggestion at 刘洋');

    // 刘洋 withdraws his own suggestion: allowed.
    suggestInsertion(paragraphText(liuClient.doc, 0), 5, '刘洋的补充', 'user-liuyang');
    await liuClient.acknowledged();
    expect(await serverJson(guide)).toContain('刘洋的补充');
    paragraphText(liuClient.doc, 0).delete(5, 5);
    await liuClient.acknowledged();
    expect(await serverJson(guide)).not.toContain('刘洋的补充');

    // Removing 张伟’s suggestion, which the editor never does, is refused.
    const refused = refusals(liuClient);
    paragraphText(liuClient.doc, 0).delete(0, 5);
    await waitFor(() => refused.length > 0, 'the refusal');
    expect(refused[0]!.reason).toBe('foreign-author');
    expect(await serverJson(guide)).toContain('张伟的补充');
    expect(plainText(zhangClient, 0).startsWith('张伟的补充')).toBe(true);
  });

  it('lets the leader and the lead drafter edit directly during review', async () => {
    const guide = await guideInReview('审稿守卫：组长直接修改');
    const leaderClient = await connect(leader, guide.docName);
    paragraphText(leaderClient.doc, 0).insert(0, '组长直接修改：');
    await leaderClient.acknowledged();
    expect(await serverJson(guide)).toContain('组长直接修改：');
  });
});

describe('suggestions in a live meeting', () => {
  it('converges when three members suggest at the same time in the same sentence', async () => {
    const guide = await guideInReview('三位组员同时提建议');
    const [a, b, c] = await Promise.all([connect(zhang, guide.docName), connect(liu, guide.docName), connect(leader, guide.docName)]);
    const leaderAsMember = c;
    suggestInsertion(paragraphText(a.doc, 0), 2, '并掌握', 'user-zhangwei');
    suggestInsertion(paragraphText(b.doc, 0), 2, '初步', 'user-liuyang');
    suggestDeletion(paragraphText(leaderAsMember.doc, 0), 12, 8, 'user-wanglei');
    await Promise.all([a.acknowledged(), b.acknowledged(), leaderAsMember.acknowledged()]);
    await waitFor(
      () => new Set([a, b, c].map((client) => JSON.stringify(client.json()))).size === 1,
      'the three clients to converge',
    );
    expect(JSON.stringify(a.json())).toBe(await serverJson(guide));

    const listed = await drafter.get<Suggestion[]>(`/api/guides/${guide.id}/suggestions`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((suggestion) => [suggestion.kind, suggestion.authorName]).sort()).toEqual([
      ['delete', '王磊'],
      ['insert', '刘洋'],
      ['insert', '张伟'],
    ]);
    const insertions = listed.body.filter((suggestion) => suggestion.kind === 'insert').map((suggestion) => suggestion.text);
    expect(insertions.sort()).toEqual(['初步', '并掌握']);
  });

  it('accepts and rejects on the server while others keep typing, and everyone converges', async () => {
    const guide = await guideInReview('边讨论边采纳');
    const member = await connect(zhang, guide.docName);
    const other = await connect(liu, guide.docName);
    const drafterClient = await connect(drafter, guide.docName);
    const keep = suggestInsertion(paragraphText(member.doc, 0), 0, '【采纳这条】', 'user-zhangwei');
    await member.acknowledged();
    await waitFor(() => plainText(other, 0).includes('【采纳这条】'), 'the first suggestion to arrive');
    const drop = suggestInsertion(paragraphText(other.doc, 0), 0, '【拒绝这条】', 'user-liuyang');
    const strike = suggestDeletion(paragraphText(other.doc, 0), plainText(other, 0).indexOf('一次函数的概念'), 2, 'user-liuyang');
    await Promise.all([member.acknowledged(), other.acknowledged()]);

    // Others type while the leader decides: the member goes on suggesting at the end of the
    // sentence, the lead drafter edits the next block (typing at the very same spot is the
    // next test's).
    const typing = (async () => {
      for (let round = 0; round < 10; round++) {
        suggestInsertion(paragraphText(member.doc, 0), paragraphText(member.doc, 0).length, `续${round}`, 'user-zhangwei', 'typing');
        paragraphText(drafterClient.doc, 1).insert(paragraphText(drafterClient.doc, 1).length, `主${round}`);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();
    const [accepted, rejected, acceptedDeletion] = await Promise.all([
      leader.post(`/api/guides/${guide.id}/suggestions/${keep}/accept`, {}),
      drafter.post(`/api/guides/${guide.id}/suggestions/${drop}/reject`, {}),
      leader.post(`/api/guides/${guide.id}/suggestions/${strike}/accept`, {}),
      typing,
    ]);
    expect(accepted.body).toEqual({ ok: true });
    expect(rejected.body).toEqual({ ok: true });
    expect(acceptedDeletion.body).toEqual({ ok: true });
    await Promise.all([member.acknowledged(), drafterClient.acknowledged()]);
    await waitFor(
      () => new Set([member, other, drafterClient].map((client) => JSON.stringify(client.json()))).size === 1,
      'everyone to converge',
    );
    const json = await serverJson(guide);
    expect(json).toBe(JSON.stringify(member.json()));
    const text = plainText(member, 0);
    expect(json).toContain('【采纳这条】');
    expect(text).not.toContain('一次函数的概念');
    expect(text).toContain('函数的概念');
    expect(json).not.toContain('【拒绝这条】');
    for (let round = 0; round < 10; round++) {
      expect(json).toContain(`续${round}`);
      expect(json).toContain(`主${round}`);
    }
    const open = (await leader.get<Suggestion[]>(`/api/guides/${guide.id}/suggestions`)).body;
    expect(open.map((suggestion) => suggestion.id)).toEqual(['typing']);
    // The member's typing is all in the suggestion; the lead drafter's is plain text.
    expect(open[0]!.text).not.toContain('主');
    for (let round = 0; round < 10; round++) expect(open[0]!.text).toContain(`续${round}`);
    expect(text).toContain('【采纳这条】');
  });

  it('keeps a member’s typing a suggestion and the lead drafter’s plain when both type at the same spot at once', async () => {
    const guide = await guideInReview('同一处同时输入');
    const member = await connect(zhang, guide.docName);
    const writer = await connect(drafter, guide.docName);
    const refused = refusals(member);
    const endOfSentence = (client: CollabClient) => textblock(editorContent(client.doc), 0).to;
    // Each types at the end of the same sentence, as their editors do, without waiting for
    // the other: 建议 characters from 张伟 (suggestion mode), 主备 characters from 李芳 (direct).
    const memberChars = '甲乙丙丁戊己庚辛壬癸';
    const drafterChars = '子丑寅卯辰巳午未申酉';
    for (let round = 0; round < 10; round++) {
      typeInEditor(member.doc, endOfSentence(member), memberChars[round]!, 'user-zhangwei');
      typeInEditor(writer.doc, endOfSentence(writer), drafterChars[round]!, null);
      await new Promise((resolve) => setTimeout(resolve, round % 3));
    }
    await Promise.all([member.acknowledged(), writer.acknowledged()]);
    await waitFor(() => editorContent(member.doc).eq(editorContent(writer.doc)), 'the two to converge');
    expect(refused).toEqual([]);
    expect(JSON.stringify(member.json())).toBe(await serverJson(guide));

    const authors = suggestionAuthors(editorContent(member.doc));
    for (const char of memberChars) expect([char, authors.get(char)]).toEqual([char, 'user-zhangwei']);
    for (const char of drafterChars) expect([char, authors.get(char)]).toEqual([char, null]);
    const listed = (await drafter.get<Suggestion[]>(`/api/guides/${guide.id}/suggestions`)).body;
    expect(listed.every((suggestion) => suggestion.author === 'user-zhangwei' && [...suggestion.text].every((char) => memberChars.includes(char)))).toBe(true);
  });

  it('accepts all of one author’s suggestions, then rejects all the rest', async () => {
    const guide = await guideInReview('按人处理建议');
    const member = await connect(zhang, guide.docName);
    const other = await connect(liu, guide.docName);
    suggestInsertion(paragraphText(member.doc, 0), 0, '张一', 'user-zhangwei');
    suggestInsertion(paragraphText(member.doc, 0), 0, '张二', 'user-zhangwei');
    suggestInsertion(paragraphText(other.doc, 0), 0, '刘一', 'user-liuyang');
    await Promise.all([member.acknowledged(), other.acknowledged()]);

    const byZhang = await leader.post(`/api/guides/${guide.id}/suggestions/accept-all`, { author: 'user-zhangwei' });
    expect(byZhang.body).toEqual({ ok: true, count: 2 });
    const rest = await leader.post(`/api/guides/${guide.id}/suggestions/reject-all`, {});
    expect(rest.body).toEqual({ ok: true, count: 1 });
    const json = await serverJson(guide);
    expect(json).toContain('张二张一');
    expect(json).not.toContain('刘一');
    expect(json).not.toContain('suggestInsert');
  });

  it('lets only the leader and the lead drafter decide, and only in review or revising', async () => {
    const guide = await guideInReview('处理建议的权限');
    const member = await connect(zhang, guide.docName);
    const id = suggestInsertion(paragraphText(member.doc, 0), 0, '待定建议', 'user-zhangwei');
    await member.acknowledged();

    const byMember = await liu.post(`/api/guides/${guide.id}/suggestions/${id}/accept`, {});
    expect(byMember.status).toBe(403);
    expect(byMember.body).toMatchObject({ error: { code: 'wrong_role' } });
    const unknown = await leader.post(`/api/guides/${guide.id}/suggestions/nope/accept`, {});
    expect(unknown.status).toBe(404);
    const badBody = await leader.post(`/api/guides/${guide.id}/suggestions/reject-all`, { author: 42 });
    expect(badBody.status).toBe(400);
    expect(badBody.body).toMatchObject({ error: { path: ['author'] } });
    expect(await serverJson(guide)).toContain('待定建议');
  });

  it('refuses to finalise while any suggestion is open, with the count', async () => {
    const guide = await guideInReview('未处理建议不能定稿');
    const member = await connect(zhang, guide.docName);
    suggestInsertion(paragraphText(member.doc, 0), 0, '甲', 'user-zhangwei');
    suggestInsertion(paragraphText(member.doc, 0), 0, '乙', 'user-zhangwei');
    await member.acknowledged();
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);

    const refused = await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'open_suggestions', count: 2 } });
    expect((refused.body as { error: { message: string } }).error.message).toContain('2 条建议');

    const open = (await leader.get<Suggestion[]>(`/api/guides/${guide.id}/suggestions`)).body;
    await leader.post(`/api/guides/${guide.id}/suggestions/${open[0]!.id}/accept`, {});
    await leader.post(`/api/guides/${guide.id}/suggestions/${open[1]!.id}/reject`, {});
    const finalised = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
    expect(finalised.status).toBe(200);
    expect(finalised.body.stage).toBe('final');
  });
});
