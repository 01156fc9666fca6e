import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { repoRoot } from './helpers/repoRoot.ts';
import { browserSuite } from './helpers/browserSuite.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const seededTitle = '19.2.2 一次函数（第1课时）';
const liuyangEdit = '（4班：课前先复习正比例函数）';
const liuyangNote = '4班基础弱，这里多举一个生活中的例子';
const zhangweiEdit = '（3班：增加一道图象题）';
const groupEdit = '（组内统一：限时10分钟）';

/** Clicks into a block's first paragraph and types at its end. */
async function typeInBlock(page: Page, kind: string, text: string, paragraph = 0): Promise<void> {
  const target = page.locator(`[data-block-kind="${kind}"] .guide-block-body p`).nth(paragraph);
  await target.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

/** Takes a workflow step from the workflow bar and confirms it. */
async function takeStep(page: Page, label: string, expectInDialog: RegExp): Promise<void> {
  await page.locator('.workflow-actions').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.locator('.confirm-transition');
  await dialog.waitFor();
  await expect(dialog.innerText()).resolves.toMatch(expectInDialog);
  const answer = page.waitForResponse((response) => /\/api\/guides\/[^/]+\/transitions$/.test(response.url()));
  await page.locator('[data-testid="confirm-transition"]').click();
  expect((await answer).status()).toBe(200);
  await dialog.waitFor({ state: 'detached' });
}

/** Waits until the server holds a text in a class copy (not only the browser's IndexedDB). */
async function serverHas(page: Page, copyId: string, text: string): Promise<void> {
  await expect
    .poll(async () => JSON.stringify(await (await page.request.get(`/api/copies/${copyId}/content`)).json()), { timeout: 10_000 })
    .toContain(text);
}

describe('class copies that stay alive: per class, diffs, 合并更新, 已上课, 采纳', () => {
  const suite = browserSuite();
  const teacher = (username: string) => suite.teacher(username);
  let leader: Page;
  let liuyang: Page;
  let guideUrl: string;
  let liuyangCopyId: string;

  /** A teacher makes a copy of the final for their class from the guide page and adapts it. */
  async function makeCopy(page: Page, className: string): Promise<string> {
    await page.goto(guideUrl);
    await page.locator('.stage-step.is-current[data-step="final"]').waitFor();
    await page.locator('[data-testid="class-copies"]').getByRole('button', { name: `为 ${className} 复备` }).click();
    await page.waitForURL(/\/copies\/[^/]+$/);
    await page.locator('.guide-content[contenteditable="true"]').waitFor();
    return new URL(page.url()).pathname.split('/').pop()!;
  }

  it('lets the group finalise the seeded guide and two teachers adapt it for their classes', async () => {
    const drafter = await teacher('lifang');
    await openGuide(drafter, seededTitle);
    guideUrl = new URL(drafter.url()).pathname;
    await takeStep(drafter, '提交审稿', /初稿/);
    leader = await teacher('wanglei');
    await leader.goto(guideUrl);
    await takeStep(leader, '结束研讨', /研讨稿/);
    await takeStep(leader, '定稿', /定稿 v1/);

    liuyang = await teacher('liuyang');
    liuyangCopyId = await makeCopy(liuyang, '八年级(4)班');
    await typeInBlock(liuyang, 'method', liuyangEdit);
    // A remark in the 教师复备栏, next to the first paragraph of 自主学习.
    await liuyang.locator('[data-block-kind="selfStudy"] .guide-block-body p').first().click();
    await liuyang.locator('[data-testid="add-teacher-note"]').click();
    await liuyang.keyboard.insertText(liuyangNote);
    await liuyang.locator('.teacher-note', { hasText: liuyangNote }).waitFor();
    await serverHas(liuyang, liuyangCopyId, liuyangNote);
    await serverHas(liuyang, liuyangCopyId, liuyangEdit);
    // The teacher's additions carry a bar in the margin, computed against 定稿 v1.
    await liuyang.locator('[data-block-kind="method"] .has-addition').waitFor();
    await liuyang.locator('.copy-addition', { hasText: liuyangEdit }).waitFor();

    const zhangwei = await teacher('zhangwei');
    const zhangweiCopyId = await makeCopy(zhangwei, '八年级(3)班');
    await typeInBlock(zhangwei, 'keyPoints', zhangweiEdit, 1);
    await serverHas(zhangwei, zhangweiCopyId, zhangweiEdit);
  });

  it('shows the leader every class copy with its teacher, base and changes, and opens a copy’s diff', async () => {
    await leader.goto(guideUrl);
    await leader.locator('[data-testid="open-classes"]').click();
    await leader.waitForURL(/\/classes$/);
    const rows = leader.locator('[data-testid="class-table"] .class-row');
    await rows.nth(1).waitFor();
    await expect(rows.locator('.class-name').allInnerTexts()).resolves.toEqual(['八年级(3)班', '八年级(4)班']);
    const row4 = rows.filter({ hasText: '八年级(4)班' });
    await expect(row4.innerText()).resolves.toMatch(/刘洋[\s\S]*定稿 v1[\s\S]*1 个板块有改动[\s\S]*未上课/);
    await leader.locator('[data-testid="reflection-counts"]').waitFor();
    await leader.screenshot({ path: path.join(artifacts, 'per-class.png'), fullPage: true });

    await row4.locator('[data-testid="open-diff"]').click();
    await leader.waitForURL(/\/diff\?/);
    const view = leader.locator('[data-testid="diff-view"]');
    await view.waitFor();
    await view.locator('.diff-block[data-block-id="demo-method"] ins.diff-insert', { hasText: liuyangEdit }).waitFor();
    // The 复备批注 in 自主学习 is the teacher's remark, not a change of the guide: the diff leaves it out.
    await expect(view.locator('.diff-block[data-block-id="demo-selfstudy"]').count()).resolves.toBe(0);
    await expect(view.innerText()).resolves.not.toContain(liuyangNote);
    await expect(leader.locator('[data-testid="diff-stats"]').innerText()).resolves.toMatch(/1 个板块有改动/);
    await expect(leader.locator('.diff-sides').innerText()).resolves.toMatch(/定稿 v1[\s\S]*八年级\(4\)班 · 刘洋的复备/);
    await leader.screenshot({ path: path.join(artifacts, 'diff-inline.png'), fullPage: true });

    await leader.locator('.diff-mode-switch button[data-mode="sideBySide"]').click();
    await view.locator('.diff-block[data-block-id="demo-method"] .diff-cell.is-to ins', { hasText: liuyangEdit }).waitFor();
    await expect(view.locator('.diff-block[data-block-id="demo-method"] .diff-cell.is-from').first().innerText()).resolves.not.toContain(liuyangEdit);
    await leader.screenshot({ path: path.join(artifacts, 'diff-side-by-side.png'), fullPage: true });
  });

  it('shows 定稿已更新 on the copy after the leader finalises v2, previews it, and merges it keeping the teacher’s edit', async () => {
    await leader.goto(guideUrl);
    await takeStep(leader, '重新修订', /修订/);
    await leader.locator('.guide-content[contenteditable="true"]').waitFor();
    // The group's revision: a sentence in 学法指导 (where 刘洋 also wrote) and a deletion in 展示交流.
    await typeInBlock(leader, 'method', groupEdit, 1);
    const presentation = leader.locator('[data-block-kind="presentation"] .guide-block-body p').first();
    // The caret after the paragraph's last character: End alone only reaches the end of the
    // line clicked, and the paragraph wraps.
    const box = (await presentation.boundingBox())!;
    await presentation.click({ position: { x: box.width - 2, y: box.height - 4 } });
    for (let count = 0; count < 6; count += 1) await leader.keyboard.press('Backspace');
    await expect(presentation.innerText()).resolves.toMatch(/其他小组$/);
    await expect
      .poll(async () => JSON.stringify(await (await leader.request.get(`${guideUrl.replace('/guides/', '/api/guides/')}/content`)).json()))
      .toContain(groupEdit);
    await takeStep(leader, '定稿', /定稿 v2/);

    await liuyang.goto(`/copies/${liuyangCopyId}`);
    const banner = liuyang.locator('[data-testid="upstream-banner"]');
    await banner.waitFor();
    await expect(banner.innerText()).resolves.toMatch(/定稿已更新[\s\S]*定稿 v2[\s\S]*定稿 v1/);
    await banner.locator('[data-testid="show-incoming"]').click();
    const preview = liuyang.locator('[data-testid="pull-preview"]');
    await preview.locator('[data-testid="diff-view"]').waitFor();
    await preview.locator('ins.diff-insert', { hasText: groupEdit }).waitFor();
    await preview.locator('del.diff-delete', { hasText: '补充' }).waitFor();
    await expect(preview.innerText()).resolves.not.toContain(liuyangEdit);
    await liuyang.screenshot({ path: path.join(artifacts, 'pull-preview.png') });

    await preview.locator('[data-testid="confirm-pull"]').click();
    await preview.waitFor({ state: 'hidden' });
    const method = liuyang.locator('[data-block-kind="method"]');
    await method.locator('p', { hasText: groupEdit }).waitFor();
    await expect(method.innerText()).resolves.toContain(liuyangEdit);
    await expect(liuyang.locator('[data-block-kind="presentation"]').innerText()).resolves.not.toContain('质疑、补充');
    await banner.waitFor({ state: 'detached' });
    await expect(liuyang.locator('[data-testid="copy-title"]').innerText()).resolves.toContain('定稿 v2');
    // Against the new base, only the teacher's own edits are marked as additions.
    await liuyang.locator('.copy-addition', { hasText: liuyangEdit }).waitFor();
    await expect(liuyang.locator('.copy-addition', { hasText: groupEdit }).count()).resolves.toBe(0);
    await liuyang.locator('[data-block-kind="method"]').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await liuyang.screenshot({ path: path.join(artifacts, 'copy-merged.png') });
  });

  it('records 已上课 with a 教后反思 block and counts the reflection for the teacher', async () => {
    // The date defaults to today: the reflection counts for this term.
    await expect(liuyang.locator('input[name="taughtOn"]').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await liuyang.locator('[data-testid="mark-taught"]').click();
    const reflection = liuyang.locator('[data-block-kind="reflection"]', { hasText: '效果好的地方' });
    await reflection.waitFor();
    await expect(reflection.locator('.guide-block-header input').first().inputValue()).resolves.toBe('教后反思');
    await liuyang.locator('[data-testid="taught-state"]', { hasText: '已上课' }).waitFor();
    await reflection.locator('p', { hasText: '效果好的地方' }).click();
    await liuyang.keyboard.press('End');
    await liuyang.keyboard.insertText('学生能独立写出解析式，小组讨论充分。');
    await serverHas(liuyang, liuyangCopyId, '小组讨论充分');
    await liuyang.reload();
    await liuyang.locator('[data-testid="taught-state"]', { hasText: '教后反思已填写' }).waitFor();
    await liuyang.locator('[data-testid="my-reflections"]', { hasText: '本学期教后反思 1 / 30 篇' }).waitFor();
    await liuyang.evaluate(() => window.scrollTo(0, 0));
    await liuyang.screenshot({ path: path.join(artifacts, 'copy-annotated.png') });
    await liuyang.locator('.teacher-note', { hasText: liuyangNote }).scrollIntoViewIfNeeded();
    await liuyang.screenshot({ path: path.join(artifacts, 'copy-margin-notes.png') });
  });

  it('lets the leader, revising again, take a block from a class copy into the guide', async () => {
    await leader.goto(guideUrl);
    await takeStep(leader, '重新修订', /修订/);
    await leader.goto(`${guideUrl}/classes`);
    const row4 = leader.locator('[data-testid="class-table"] .class-row', { hasText: '八年级(4)班' });
    await expect(row4.innerText()).resolves.toMatch(/定稿 v2[\s\S]*已填写/);
    await row4.getByRole('button', { name: '展开改动' }).click();
    const block = leader.locator('.class-diff-row .diff-block[data-block-id="demo-method"]');
    await block.locator('[data-testid="harvest-button"]').click();
    await block.locator('.harvest-option.is-block').click();
    await block.locator('.harvest-done').waitFor();
    await leader.screenshot({ path: path.join(artifacts, 'harvest.png'), fullPage: true });
    await leader.goto(guideUrl);
    await leader.locator('[data-block-kind="method"]', { hasText: liuyangEdit }).waitFor();
    await expect(leader.locator('[data-block-kind="method"]').innerText()).resolves.toContain(groupEdit);
  });
});
