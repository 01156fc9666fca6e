import { beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Suggestion } from '../../shared/schemas/suggestion.ts';
import type { SuggestionRefusal } from '../../shared/schemas/suggestionRefusal.ts';
import type { ApiClient } from '../helpers/api.ts';
import { statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { paragraphText } from '../helpers/docText.ts';
import { editorContent, textblock, typeInEditor } from '../helpers/editorTyping.ts';
import { suggestionAttrs } from '../helpers/suggestions.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';

const suite = collabSuite();
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

/**
 * Whether anything the server stored for the guide (its update log and compacted state, which
 * compaction may merge at any time) holds this text, e.g. a user id written into a mark.
 */
async function storedAnywhere(guide: Guide, text: string): Promise<boolean> {
  const rows = [
    ...(await queryTestDatabase<{ bytes: Uint8Array }>(suite.server, 'select bytes from doc_updates where doc_name = ?', [guide.docName])),
    ...(await queryTestDatabase<{ bytes: Uint8Array }>(suite.server, 'select state as bytes from documents where name = ?', [guide.docName])),
  ];
  expect(rows.length).toBeGreaterThan(0);
  return rows.some((row) => Buffer.from(row.bytes).includes(Buffer.from(text, 'utf8')));
}

/** The 王磊 (leader) suggestion the tests forge against: 【组长建议】 at the start of the first paragraph. */
async function leaderSuggestion(guide: Guide): Promise<{ id: string; attrs: ReturnType<typeof suggestionAttrs> }> {
  const leaderClient = await suite.connect(leader, guide.docName);
  const attrs = suggestionAttrs('user-wanglei', 'leader-suggestion');
  paragraphText(leaderClient.doc, 0).insert(0, '【组长建议】', { suggestInsert: attrs });
  await leaderClient.acknowledged();
  suite.release(leaderClient);
  return { id: attrs.id, attrs };
}

/** Sends a forged change from 刘洋 (a member, suggest-only), waits for the refusal, and checks nothing of it stayed. */
async function expectRefused(guide: Guide, forge: (member: CollabClient) => void): Promise<void> {
  const member = await suite.connect(liu, guide.docName);
  const refused = statelessMessages<SuggestionRefusal>(member, 'suggestion-refused');
  const contentBefore = await serverJson(guide);
  forge(member);
  await waitFor(() => refused.length > 0, 'the refusal');
  expect(refused[0]!.reason).toBe('foreign-author');
  // The document stays as it was and nothing reached the update log.
  expect(await serverJson(guide)).toBe(contentBefore);
  // 刘洋 wrote nothing else in this guide, so his id in storage would be the forgery.
  expect(await storedAnywhere(guide, 'user-liuyang')).toBe(false);
  expect(member.socket.status).toBe('connected');
}

describe('the suggest-only guard against forged authors', () => {
  it('refuses a member’s insertion that carries a deletion in the leader’s name', async () => {
    const guide = await guideInReview('冒名：组长的删除建议');
    await expectRefused(guide, (member) => {
      // Rejecting 刘洋's own insertion removes the text and the forged mark with it, so the
      // before/after comparison alone does not see 王磊's name on it.
      paragraphText(member.doc, 0).insert(0, '刘洋的补充', {
        suggestInsert: suggestionAttrs('user-liuyang'),
        suggestDelete: suggestionAttrs('user-wanglei'),
      });
    });
  });

  it('refuses a member’s new text put into the leader’s suggestion from outside it', async () => {
    const guide = await guideInReview('冒名：并入组长的建议');
    const { attrs } = await leaderSuggestion(guide);
    await expectRefused(guide, (member) => {
      const text = paragraphText(member.doc, 0);
      text.insert(text.length, '借组长之名', {
        'suggestInsert--liuyang1': suggestionAttrs('user-liuyang'),
        'suggestInsert--wanglei1': attrs,
      });
    });
    const listed = (await leader.get<Suggestion[]>(`/api/guides/${guide.id}/suggestions`)).body;
    expect(listed.map((suggestion) => [suggestion.author, suggestion.text])).toEqual([['user-wanglei', '【组长建议】']]);
  });

  it('refuses a member’s suggestion under the id of the leader’s, which deciding the leader’s would decide too', async () => {
    const guide = await guideInReview('冒名：借用建议编号');
    const { id } = await leaderSuggestion(guide);
    await expectRefused(guide, (member) => {
      const text = paragraphText(member.doc, 0);
      text.format(text.length - 3, 3, { suggestDelete: suggestionAttrs('user-liuyang', id) });
    });
  });

  it('still lets a member type inside another teacher’s suggested insertion, as the editor does', async () => {
    const guide = await guideInReview('在他人建议中输入');
    const zhangClient = await suite.connect(zhang, guide.docName);
    typeInEditor(zhangClient.doc, textblock(editorContent(zhangClient.doc), 0).from + 2, '甲乙丙', 'user-zhangwei');
    await zhangClient.acknowledged();
    const member = await suite.connect(liu, guide.docName);
    const refused = statelessMessages<SuggestionRefusal>(member, 'suggestion-refused');
    await waitFor(() => JSON.stringify(member.json()).includes('甲乙丙'), '张伟’s suggestion at 刘洋');
    // Between 乙 and 丙: the new characters carry 张伟's suggestion as well as 刘洋's own.
    typeInEditor(member.doc, textblock(editorContent(member.doc), 0).from + 4, '子', 'user-liuyang');
    await member.acknowledged();
    expect(refused).toEqual([]);
    expect(await serverJson(guide)).toContain('子');
  });
});
