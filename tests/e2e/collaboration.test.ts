import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');

/** Clicks in the blank space right of a one-line paragraph: the caret lands after its last character. */
async function clickAtLineEnd(paragraph: Locator): Promise<void> {
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('the paragraph is not on screen');
  await paragraph.click({ position: { x: box.width - 3, y: box.height / 2 } });
}

describe('two teachers editing one guide', () => {
  const suite = browserSuite();

  it('shows the text one teacher types to the other, with the author’s caret labelled by name', async () => {
    const leader = await suite.teacher('wanglei');
    const drafter = await suite.teacher('lifang');
    await openGuide(leader, seededGuideTitle);
    await openGuide(drafter, seededGuideTitle);

    // Both see each other in the presence list.
    await leader.locator('.presence-user[data-username="lifang"]').waitFor();
    await drafter.locator('.presence-user[data-username="wanglei"]').waitFor();
    await leader.locator('.connection-indicator[data-status="connected"]', { hasText: '已连接' }).waitFor();

    // 主备初稿: only the lead drafter 李芳 writes; the leader 王磊 reads ahead of the meeting.
    await drafter.locator('.guide-content[contenteditable="true"]').waitFor();
    await leader.locator('.guide-content[contenteditable="false"]').waitFor();
    await leader.locator('[data-testid="access-state"]', { hasText: '只读：主备初稿阶段只有主备教师可以编辑' }).waitFor();
    await expect(leader.getByRole('toolbar', { name: '格式工具栏' }).count()).resolves.toBe(0);

    // 李芳 adds a fourth objective at the end of 学习目标.
    const added = '能用一次函数的图象和性质解释生活中的简单问题。';
    await clickAtLineEnd(drafter.locator('[data-block-kind="objectives"] li p').last());
    await drafter.keyboard.press('Enter');
    await drafter.keyboard.insertText(added);

    const objectivesAtLeader = leader.locator('[data-block-kind="objectives"]');
    await objectivesAtLeader.locator('li', { hasText: added }).waitFor();
    // A new fourth item (the caret's name label sits inside it), the third one left whole.
    await expect(objectivesAtLeader.locator('li').count()).resolves.toBe(4);
    await expect(objectivesAtLeader.locator('li').last().innerText()).resolves.toMatch(new RegExp(`^${added}`));
    await expect(objectivesAtLeader.locator('li').nth(2).innerText()).resolves.toMatch(/函数值。$/);
    const caretLabel = leader.locator('.collaboration-carets__label', { hasText: '李芳' });
    await caretLabel.waitFor();
    await expect(caretLabel.evaluate((label) => getComputedStyle(label).backgroundColor)).resolves.not.toBe(
      'rgba(0, 0, 0, 0)',
    );

    // 李芳 submits the draft: in 集体审稿 everyone edits, and 王磊's open editor unlocks without a reload.
    await drafter.getByRole('button', { name: '提交审稿' }).click();
    await drafter.locator('[data-testid="confirm-transition"]').click();
    await leader.locator('.guide-content[contenteditable="true"]').waitFor({ timeout: 5_000 });
    await leader.locator('[data-testid="access-change-banner"]', { hasText: '进入集体审稿阶段：你可以编辑' }).waitFor();

    // And the other way round: 王磊 types, 李芳 sees it and 王磊's caret.
    const reply = '（组长建议：补充一个图象题）';
    await clickAtLineEnd(leader.locator('[data-block-kind="keyPoints"] p').last());
    await leader.keyboard.insertText(reply);
    await drafter.locator('[data-block-kind="keyPoints"]', { hasText: reply }).waitFor();
    await drafter.locator('.collaboration-carets__label', { hasText: '王磊' }).waitFor();

    // Put 李芳's caret back in view for the picture: she clicks into her new objective.
    await drafter.locator('[data-block-kind="objectives"] li', { hasText: added }).click();
    await leader.locator('.collaboration-carets__label', { hasText: '李芳' }).waitFor();
    mkdirSync(artifacts, { recursive: true });
    await leader.locator('.collaboration-carets__label', { hasText: '李芳' }).scrollIntoViewIfNeeded();
    await leader.evaluate(() => window.scrollTo(0, 0));
    await leader.screenshot({ path: path.join(artifacts, 'editor-zh.png') });

    await leader.context().close();
    await drafter.context().close();
  });
});
