import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { SuggestionRefusal } from '../../shared/schemas/suggestionRefusal.ts';
import type { ApiClient } from '../helpers/api.ts';
import { statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { paragraphText } from '../helpers/docText.ts';
import { suggestionAttrs } from '../helpers/suggestions.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';
import { contentFragmentName } from '../../shared/editor/schema.ts';

const suite = collabSuite();
let leader: ApiClient;
let drafter: ApiClient;
let liu: ApiClient;

beforeAll(async () => {
  [leader, drafter, liu] = await suite.login('wanglei', 'lifang', 'liuyang');
});

const guideInReview = (title: string) => suite.guideInReview(leader, drafter, title);

async function serverJson(guide: Guide): Promise<string> {
  return JSON.stringify((await leader.get(`/api/guides/${guide.id}/content`)).body);
}

/** Whether anything the server stored for the guide (update log and compacted state) holds this text. */
async function storedAnywhere(guide: Guide, text: string): Promise<boolean> {
  const rows = [
    ...(await queryTestDatabase<{ bytes: Uint8Array }>(suite.server, 'select bytes from doc_updates where doc_name = ?', [guide.docName])),
    ...(await queryTestDatabase<{ bytes: Uint8Array }>(suite.server, 'select state as bytes from documents where name = ?', [guide.docName])),
  ];
  expect(rows.length).toBeGreaterThan(0);
  return rows.some((row) => Buffer.from(row.bytes).includes(Buffer.from(text, 'utf8')));
}

/** The first paragraph element of the first block. */
function firstParagraph(doc: Y.Doc): Y.XmlElement {
  return paragraphText(doc, 0).parent as Y.XmlElement;
}

/** Sends a change from 刘洋 (suggest-only) that the schema does not allow, and checks it was refused and not stored. */
async function expectRefused(guide: Guide, marker: string, change: (member: CollabClient) => void): Promise<void> {
  const member = await suite.connect(liu, guide.docName);
  const refused = statelessMessages<SuggestionRefusal>(member, 'suggestion-refused');
  const before = await serverJson(guide);
  change(member);
  await waitFor(() => refused.length > 0, 'the refusal');
  expect(refused[0]!.reason).toBe('unknown-content');
  expect(await serverJson(guide)).toBe(before);
  expect(await storedAnywhere(guide, marker)).toBe(false);
  expect(member.socket.status).toBe('connected');
}

describe('the suggest-only guard and the schema', () => {
  it('refuses an element the schema does not know', async () => {
    const guide = await guideInReview('结构：未知元素');
    await expectRefused(guide, 'marquee', (member) => {
      const block = member.doc.getXmlFragment(contentFragmentName).get(0) as Y.XmlElement;
      block.insert(block.length, [new Y.XmlElement('marquee')]);
    });
  });

  it('refuses an attribute the schema does not know on a known element', async () => {
    const guide = await guideInReview('结构：未知属性');
    await expectRefused(guide, 'onclick', (member) => {
      firstParagraph(member.doc).setAttribute('onclick', 'alert(1)');
    });
  });

  it('refuses an attribute the schema does not know on a suggestion mark', async () => {
    const guide = await guideInReview('结构：建议标记的未知属性');
    await expectRefused(guide, 'data-forged', (member) => {
      paragraphText(member.doc, 0).insert(0, '刘洋的补充', {
        suggestInsert: { ...suggestionAttrs('user-liuyang'), 'data-forged': 'x' },
      });
    });
  });

  it('refuses formatting the schema does not know', async () => {
    const guide = await guideInReview('结构：未知格式');
    await expectRefused(guide, 'blink', (member) => {
      const text = new Y.XmlText();
      text.insert(0, '闪烁', { blink: {} });
      firstParagraph(member.doc).insert(firstParagraph(member.doc).length, [text]);
    });
  });

  it('still takes a member’s suggestion written the way the editor writes it', async () => {
    const guide = await guideInReview('结构：正常建议');
    const member = await suite.connect(liu, guide.docName);
    const refused = statelessMessages<SuggestionRefusal>(member, 'suggestion-refused');
    paragraphText(member.doc, 0).insert(0, '刘洋的补充', { 'suggestInsert--abcd1234': suggestionAttrs('user-liuyang') });
    await member.acknowledged();
    expect(refused).toEqual([]);
    expect(await serverJson(guide)).toContain('刘洋的补充');
  });
});
