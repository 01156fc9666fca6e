import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { repoRoot } from './helpers/repoRoot.ts';
import { browserSuite } from './helpers/browserSuite.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');
const commented = '一次函数与正比例函数的关系';
const remark = '建议把“关系”落到具体题目上：正比例函数是 b=0 时的一次函数。';
const answer = '好的，我在自主学习里补一道辨析题。';

/**
 * Selects `text` inside a block the way a teacher does: presses the mouse before its first
 * character and drags to after its last one.
 */
async function dragSelect(page: Page, blockKind: string, text: string): Promise<void> {
  const points = await page.locator(`[data-block-kind="${blockKind}"]`).first().evaluate(
    (block, wanted) => {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(wanted) ?? -1;
        if (index < 0) continue;
        const first = document.createRange();
        first.setStart(node, index);
        first.setEnd(node, index + 1);
        const last = document.createRange();
        last.setStart(node, index + wanted.length - 1);
        last.setEnd(node, index + wanted.length);
        const start = first.getBoundingClientRect();
        const end = last.getBoundingClientRect();
        return {
          from: { x: start.left + 1, y: start.top + start.height / 2 },
          to: { x: end.right - 1, y: end.top + end.height / 2 },
        };
      }
      return null;
    },
    text,
  );
  if (!points) throw new Error(`${text} is not in the ${blockKind} block`);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move((points.from.x + points.to.x) / 2, points.to.y, { steps: 4 });
  await page.mouse.move(points.to.x, points.to.y, { steps: 4 });
  await page.mouse.up();
}

/** Waits until a smooth scroll has come to rest, so a screenshot shows the page as it stays. */
async function scrollSettled(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.scrollY);
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
}

/** The text of the comment highlights in a teacher's paper, in document order. */
function highlightedText(page: Page): Promise<string> {
  return page
    .locator('.guide-content .comment-highlight')
    .allInnerTexts()
    .then((texts) => texts.join(''));
}

describe('批注: comment threads beside the live guide', () => {
  const suite = browserSuite();

  async function teacher(username: string): Promise<Page> {
    const page = await suite.teacher(username);
    await openGuide(page, seededGuideTitle);
    return page;
  }

  it('lets a member comment on selected text in the draft, and the lead drafter answer and resolve it live', async () => {
    const drafter = await teacher('lifang');
    const member = await teacher('zhangwei');
    // Marks the drafter's page: if it were reloaded the mark would be gone.
    await drafter.evaluate(() => Object.assign(window, { commentsTestMark: true }));

    // 主备初稿: 张伟 reads a read-only document, and may still comment (预读用红笔演练).
    await member.locator('.guide-content[contenteditable="false"]').waitFor();
    const memberPanel = member.locator('[data-testid="comments-panel"]');
    await memberPanel.getByText('暂无未解决的批注').waitFor();
    await expect(memberPanel.getByRole('button', { name: '为选中文字添加批注' }).isDisabled()).resolves.toBe(true);

    await dragSelect(member, 'keyPoints', commented);
    const bubble = member.locator('[data-testid="comment-bubble-button"]');
    await bubble.waitFor({ state: 'visible' });
    await expect(bubble.innerText()).resolves.toContain('批注');
    await expect(memberPanel.getByRole('button', { name: '为选中文字添加批注' }).isEnabled()).resolves.toBe(true);
    await bubble.click();

    const composer = memberPanel.locator('[data-testid="comment-composer"]');
    await composer.waitFor();
    await expect(composer.locator('.comment-quote').innerText()).resolves.toBe(commented);
    // While the comment is written its text stays marked in the paper, and the bubble is gone.
    await expect.poll(() => member.locator('.guide-content .comment-highlight.is-draft').allInnerTexts()).toEqual([commented]);
    await bubble.waitFor({ state: 'hidden' });
    await composer.locator('textarea').fill(remark);
    await member.screenshot({ path: path.join(artifacts, 'comments-composer.png') });
    const posted = member.waitForResponse(
      (response) => /\/api\/guides\/[^/]+\/comments$/.test(response.url()) && response.request().method() === 'POST',
    );
    await composer.getByRole('button', { name: '发表' }).click();
    expect((await posted).status()).toBe(201);
    await composer.waitFor({ state: 'detached' });
    await expect(member.locator('.guide-content .comment-highlight.is-draft').count()).resolves.toBe(0);

    const memberThread = memberPanel.locator('[data-testid="comment-thread"]', { hasText: remark });
    await memberThread.waitFor();
    await expect(memberThread.locator('.comment-author').first().innerText()).resolves.toBe('张伟');
    await expect(memberThread.locator('.comment-quote').innerText()).resolves.toBe(commented);
    await expect.poll(() => highlightedText(member)).toBe(commented);

    // 李芳 sees the new thread and its highlight without reloading.
    const drafterPanel = drafter.locator('[data-testid="comments-panel"]');
    const drafterThread = drafterPanel.locator('[data-testid="comment-thread"]', { hasText: remark });
    await drafterThread.waitFor({ timeout: 5_000 });
    await expect(drafterThread.locator('.comment-quote').innerText()).resolves.toBe(commented);
    await expect.poll(() => highlightedText(drafter)).toBe(commented);
    await expect(drafterPanel.locator('.comments-filter-tab.is-selected').innerText()).resolves.toMatch(/未解决\s*1/);

    // She types in front of the commented text: both highlights stay on it.
    const keyPoints = drafter.locator('[data-block-kind="keyPoints"] .guide-block-body p', { hasText: commented });
    await keyPoints.locator('.comment-highlight').click();
    await expect(drafterThread.getAttribute('class')).resolves.toContain('is-active');
    await drafter.keyboard.press('Home');
    await drafter.keyboard.insertText('【本节核心】');
    await member.locator('[data-block-kind="keyPoints"]', { hasText: '【本节核心】' }).waitFor();
    await expect.poll(() => highlightedText(drafter)).toBe(commented);
    await expect.poll(() => highlightedText(member)).toBe(commented);

    // She replies; 张伟 sees the reply live.
    await drafterThread.getByRole('textbox', { name: '回复这条批注' }).fill(answer);
    await drafterThread.getByRole('button', { name: '回复', exact: true }).click();
    await drafterThread.locator('.comment-entry.is-reply', { hasText: answer }).waitFor();
    const memberReply = memberThread.locator('.comment-entry.is-reply', { hasText: answer });
    await memberReply.waitFor({ timeout: 5_000 });
    await expect(memberReply.locator('.comment-author').innerText()).resolves.toBe('李芳');
    await drafter.screenshot({ path: path.join(artifacts, 'comments-thread.png') });

    // As the lead drafter she may resolve it: it leaves the open list for 已解决, on both screens.
    await drafterThread.getByRole('button', { name: '解决', exact: true }).click();
    await drafterThread.waitFor({ state: 'detached' });
    await drafterPanel.getByText('暂无未解决的批注').waitFor();
    await memberThread.waitFor({ state: 'detached', timeout: 5_000 });
    await expect.poll(() => member.locator('.guide-content .comment-highlight').count()).toBe(0);
    await expect.poll(() => drafter.locator('.guide-content .comment-highlight').count()).toBe(0);

    await memberPanel.getByRole('tab', { name: /已解决/ }).click();
    const resolvedAtMember = memberPanel.locator('[data-testid="comment-thread"]', { hasText: remark });
    await resolvedAtMember.waitFor();
    await expect(resolvedAtMember.getAttribute('class')).resolves.toContain('is-resolved');
    await expect(resolvedAtMember.locator('.comment-resolved-note').innerText()).resolves.toMatch(/^李芳 已于 .+ 解决$/);
    await expect(resolvedAtMember.locator('.comment-entry.is-reply').innerText()).resolves.toContain(answer);
    // 张伟 wrote the thread, so he may reopen it; a resolved thread takes no replies.
    await expect(resolvedAtMember.getByRole('button', { name: '重新打开' }).count()).resolves.toBe(1);
    await expect(resolvedAtMember.getByRole('textbox').count()).resolves.toBe(0);
    // Picking the resolved thread shows its text in the paper again, as the active one.
    await resolvedAtMember.locator('.comment-quote').click();
    await expect.poll(() => member.locator('.guide-content .comment-highlight.is-active').allInnerTexts()).toEqual([commented]);
    // The selection was let go when the comment was posted: no bubble offers it again.
    await expect(bubble.isVisible()).resolves.toBe(false);
    await scrollSettled(member);
    await member.screenshot({ path: path.join(artifacts, 'comments-resolved.png') });

    await expect(drafter.evaluate(() => (window as unknown as { commentsTestMark?: boolean }).commentsTestMark)).resolves.toBe(true);
  });
});
