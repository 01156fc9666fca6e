import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');

interface ContentNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ContentNode[];
  text?: string;
}

function textOf(node: ContentNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}

function nodesOf(node: ContentNode, type: string): ContentNode[] {
  return [...(node.type === type ? [node] : []), ...(node.content ?? []).flatMap((child) => nodesOf(child, type))];
}

async function content(page: Page, guideId: string): Promise<ContentNode> {
  const answer = await page.request.get(`/api/guides/${guideId}/content`);
  expect(answer.status()).toBe(200);
  return (await answer.json()) as ContentNode;
}

/** Selects characters [from, to) of the first text of an element, as a teacher dragging over them. */
async function selectCharacters(page: Page, element: Locator, from: number, to: number): Promise<void> {
  await element.click();
  await element.evaluate(
    (target, [start, end]) => {
      const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(text, start!);
      range.setEnd(text, end!);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to],
  );
  await page.waitForTimeout(50);
}

/** The text of an element without the other teachers' carets and name labels inside it. */
function textWithoutCarets(element: Locator): Promise<string> {
  return element.evaluate((found) => {
    const copy = found.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__label').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

async function decide(panel: Locator, kind: string, decision: '接受' | '拒绝'): Promise<void> {
  const item = panel.locator(`.suggestion-item[data-kind="${kind}"]`);
  await item.waitFor();
  const count = await panel.locator('.suggestion-item').count();
  await item.getByRole('button', { name: decision, exact: true }).click();
  await expect.poll(() => panel.locator('.suggestion-item').count()).toBe(count - 1);
}

describe('structural suggestions and replacements in the review', () => {
  const suite = browserSuite();

  it('a member’s suggested new question and minutes change are accepted and rejected; a replacement is decided whole', async () => {
    const drafter = await suite.teacher('lifang');
    const member = await suite.teacher('zhangwei');
    await openGuide(drafter, seededGuideTitle);
    const guideId = new URL(drafter.url()).pathname.split('/').pop()!;
    expect((await drafter.request.post(`/api/guides/${guideId}/transitions`, { data: { action: 'submit' } })).status()).toBe(200);
    await openGuide(member, seededGuideTitle);
    await member.locator('[data-testid="suggestion-mode"][data-mode="suggest"]').waitFor();
    await member.locator('.connection-indicator[data-status="connected"]').waitFor();
    await drafter.reload();
    await drafter.locator('[data-testid="suggestion-mode"][data-mode="edit"]').waitFor();
    const panel = drafter.locator('[data-testid="suggestions-panel"]');
    const checkBlock = (page: Page) => page.locator('[data-block-kind="check"]').first();
    const minutesBefore = nodesOf(await content(drafter, guideId), 'check')[0]!.attrs!.minutes as number;
    const questionsBefore = nodesOf(await content(drafter, guideId), 'question').length;

    /** 张伟 proposes a question at the end of 当堂检测 and new minutes for it. */
    const propose = async (question: string, minutes: number) => {
      await checkBlock(member).locator('.guide-block-body p').last().click();
      await member.locator('.suggest-toolbar').getByRole('button', { name: '添加题目' }).click();
      await member.keyboard.insertText(question);
      const minutesInput = checkBlock(member).locator('.block-minutes input');
      await minutesInput.fill(String(minutes));
      await minutesInput.press('Enter');
      // Shown in place, in both editors, and listed for 李芳.
      for (const page of [member, drafter]) {
        await checkBlock(page).locator('.node-suggestion.is-insert', { hasText: question }).waitFor();
        await page.locator('[data-block-kind="check"].node-suggestion.is-attrs').first().waitFor();
      }
      await panel.locator('.suggestion-item[data-kind="insert"]', { hasText: question }).waitFor();
      await panel.locator('.suggestion-item[data-kind="attrs"]', { hasText: `${minutes} 分钟` }).waitFor();
      await expect(member.locator('[data-testid="suggestion-refused"]').count()).resolves.toBe(0);
    };

    // Round 1: the question is accepted, the minutes rejected.
    await propose('求直线 y=2x+1 与两坐标轴的交点。', 12);
    await checkBlock(drafter).screenshot({ path: path.join(artifacts, 'structural-suggestions-block-1440.png') });
    await panel.screenshot({ path: path.join(artifacts, 'structural-suggestions-panel-1440.png') });
    await member.screenshot({ path: path.join(artifacts, 'structural-suggestions-member-1440.png') });
    await decide(panel, 'insert', '接受');
    await decide(panel, 'attrs', '拒绝');
    let doc = await content(drafter, guideId);
    let questions = nodesOf(doc, 'question');
    expect(questions).toHaveLength(questionsBefore + 1);
    expect(questions.filter((node) => textOf(node) === '求直线 y=2x+1 与两坐标轴的交点。').map((node) => node.attrs!.suggestion)).toEqual([null]);
    expect(nodesOf(doc, 'check')[0]!.attrs).toMatchObject({ minutes: minutesBefore, suggestion: null });
    await expect.poll(() => member.locator('.node-suggestion').count()).toBe(0);

    // Round 2 (李芳 on a projector, 张伟 on a phone): the question is rejected, the minutes accepted.
    await drafter.setViewportSize({ width: 1024, height: 768 });
    await member.setViewportSize({ width: 390, height: 844 });
    await propose('说出 k 的意义。', 15);
    await checkBlock(drafter).locator('.node-suggestion.is-insert').scrollIntoViewIfNeeded();
    await drafter.screenshot({ path: path.join(artifacts, 'structural-suggestions-1024.png') });
    await checkBlock(member).locator('.node-suggestion.is-insert').scrollIntoViewIfNeeded();
    await member.screenshot({ path: path.join(artifacts, 'structural-suggestions-390.png') });
    await decide(panel, 'insert', '拒绝');
    await decide(panel, 'attrs', '接受');
    doc = await content(drafter, guideId);
    questions = nodesOf(doc, 'question');
    expect(questions).toHaveLength(questionsBefore + 1);
    expect(questions.some((node) => textOf(node).includes('说出 k 的意义'))).toBe(false);
    expect(nodesOf(doc, 'check')[0]!.attrs).toMatchObject({ minutes: 15, suggestion: null });
    await expect.poll(() => drafter.locator('[data-block-kind="check"] .block-minutes input').first().inputValue()).toBe('15');

    // A replacement (select, type over) is one suggestion: rejecting and accepting take both halves.
    const objective = (page: Page) => page.locator('[data-block-kind="objectives"] .guide-block-body p').first();
    const original = await textWithoutCarets(objective(member));
    const replace = async () => {
      await selectCharacters(member, objective(member), 0, 2);
      await member.keyboard.insertText('掌握');
      await panel.locator('.suggestion-item[data-kind="replace"]').waitFor();
      await expect(panel.locator('.suggestion-item').count()).resolves.toBe(1);
      await expect(panel.locator('.suggestion-item').innerText()).resolves.toContain(`${original.slice(0, 2)} 改为 掌握`);
    };
    await replace();
    await panel.screenshot({ path: path.join(artifacts, 'structural-suggestions-replace-panel.png') });
    await decide(panel, 'replace', '拒绝');
    await expect.poll(() => textWithoutCarets(objective(drafter))).toBe(original);
    await expect.poll(() => member.locator('.guide-content ins, .guide-content del').count()).toBe(0);
    await replace();
    await decide(panel, 'replace', '接受');
    await expect.poll(() => textWithoutCarets(objective(drafter))).toBe(`掌握${original.slice(2)}`);
    await expect.poll(() => textWithoutCarets(objective(member))).toBe(`掌握${original.slice(2)}`);
    expect(JSON.stringify(await content(drafter, guideId))).not.toMatch(/suggestInsert|suggestDelete|"suggestion":\{/);

  });
});
