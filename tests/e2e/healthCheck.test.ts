import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');

/** Whether the caret is inside the element and the element is on screen. */
function caretInsideAndVisible(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((blockSelector) => {
    const block = document.querySelector(blockSelector);
    const anchor = window.getSelection()?.anchorNode ?? null;
    if (!block || !anchor || !block.contains(anchor)) return false;
    const box = block.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }, selector);
}

describe('导学案体检 in the editor', () => {
  const suite = browserSuite();

  it('shows 时间超出 live while a teacher raises a block’s minutes, takes her to the block, and clears it when she lowers them', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);
    const panel = page.getByTestId('check-panel');
    const count = page.getByTestId('check-count');
    // The seeded guide is a complete one.
    await panel.getByText('没有发现问题').waitFor();
    await count.filter({ hasText: '体检：通过' }).waitFor();

    const mutual = page.locator('[data-block-kind="mutualLearning"]');
    const minutes = mutual.locator('.block-minutes input');
    const before = Number(await minutes.inputValue());
    await minutes.fill(String(before + 15));
    await minutes.press('Enter');

    const overrun = panel.locator('.check-finding[data-rule="time.overrun"]');
    await overrun.waitFor();
    await expect(overrun.innerText()).resolves.toMatch(/警告[\s\S]*时间超出[\s\S]*超出一节课的 45 分钟[\s\S]*「合作探究」现为 \d+ 分钟/);
    await count.filter({ hasText: '体检：1 个警告' }).waitFor();
    await page.screenshot({ path: path.join(artifacts, 'health-check-1440.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(artifacts, 'health-check-header.png') });

    // From the bottom of the page, the finding takes her back to 合作探究 with the caret in it.
    await page.locator('[data-block-kind="reflection"]').scrollIntoViewIfNeeded();
    await overrun.locator('button').click();
    await page.waitForFunction(() => {
      const block = document.querySelector('[data-block-kind="mutualLearning"]');
      const anchor = window.getSelection()?.anchorNode ?? null;
      return Boolean(block && anchor && block.contains(anchor));
    });
    expect(await caretInsideAndVisible(page, '[data-block-kind="mutualLearning"]')).toBe(true);

    await minutes.fill(String(before));
    await minutes.press('Enter');
    await overrun.waitFor({ state: 'detached' });
    await panel.getByText('没有发现问题').waitFor();
    await count.filter({ hasText: '体检：通过' }).waitFor();
    await page.context().close();
  });

  it('lays the panel out at desktop, tablet and phone widths, in Chinese and English', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);
    const panel = page.getByTestId('check-panel');
    await panel.getByText('没有发现问题').waitFor();
    // Something to show: 25 minutes of teacher input, over the 10-minute model and the lesson.
    const teacherInput = page.locator('[data-block-kind="teacherInput"] .block-minutes input');
    const before = await teacherInput.inputValue();
    await teacherInput.fill('25');
    await teacherInput.press('Enter');
    await panel.locator('.check-finding[data-rule="time.model"]').waitFor();

    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(artifacts, `health-check-panel-${width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('.language-switch button[lang="en"]').click();
    await panel.getByRole('heading', { name: /Health check/ }).waitFor();
    await panel.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(artifacts, 'health-check-panel-en.png') });

    await page.locator('.language-switch button[lang="zh-CN"]').click();
    await teacherInput.fill(before);
    await teacherInput.press('Enter');
    await panel.getByText('没有发现问题').waitFor();
    await page.context().close();
  });

  it('asks the leader for a reason before finalising a guide with an 错误, and finalises with it', async () => {
    const leader = await suite.teacher('wanglei');
    const created = await leader.request.post('/api/guides', {
      data: { title: '19.3 课题学习（体检）', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' },
    });
    expect(created.status()).toBe(201);
    const guide = (await created.json()) as { id: string };
    const drafter = await suite.teacher('lifang');
    expect((await drafter.request.post(`/api/guides/${guide.id}/transitions`, { data: { action: 'submit' } })).status()).toBe(200);
    expect((await leader.request.post(`/api/guides/${guide.id}/transitions`, { data: { action: 'endReview' } })).status()).toBe(200);

    await leader.goto(`/guides/${guide.id}`);
    await leader.getByTestId('check-count').filter({ hasText: '1 个错误' }).waitFor();
    await leader.locator('.workflow-actions').getByRole('button', { name: '定稿', exact: true }).click();
    const dialog = leader.locator('.confirm-transition');
    const check = dialog.getByTestId('finalise-check');
    await check.waitFor();
    await expect(check.innerText()).resolves.toMatch(/1 个错误[\s\S]*学习目标缺失：学习目标还是空的/);
    const confirm = leader.getByTestId('confirm-transition');
    await expect(confirm.isDisabled()).resolves.toBe(true);
    const reason = '本课为课题学习，学习目标沿用单元整体目标';
    await check.locator('textarea').fill(reason);
    await expect(confirm.innerText()).resolves.toBe('写明理由并定稿');
    await leader.screenshot({ path: path.join(artifacts, 'health-check-finalise.png') });
    const answer = leader.waitForResponse((response) => /\/api\/guides\/[^/]+\/transitions$/.test(response.url()));
    await confirm.click();
    expect((await answer).status()).toBe(200);
    await dialog.waitFor({ state: 'detached' });
    await leader.locator('.stage-step.is-current[data-step="final"]').waitFor();
    // The version list says why this final went ahead despite the check.
    await leader.getByTestId('check-override').filter({ hasText: `越过体检：${reason}` }).waitFor();
    const saved = await leader.request.get(`/api/guides/${guide.id}`);
    const versions = ((await saved.json()) as { versions: { checkOverride?: string | null }[] }).versions;
    expect(versions.at(-1)?.checkOverride).toBe(reason);
  });

  it('lets the leader set 40-minute lessons for the school, and the open guide is checked by it at once', async () => {
    const leader = await suite.teacher('wanglei');
    await openGuide(leader, seededGuideTitle);
    const panel = leader.getByTestId('check-panel');
    await panel.getByText('没有发现问题').waitFor();
    await panel.getByRole('button', { name: '设置' }).click();
    const secondary = leader.getByLabel('中学（7–12 年级）每节课分钟数');
    await expect(secondary.inputValue()).resolves.toBe('45');
    await secondary.fill('40');
    await leader.screenshot({ path: path.join(artifacts, 'health-check-settings.png') });
    await leader.getByTestId('save-check-settings').click();
    await panel.locator('.check-finding[data-rule="time.overrun"]', { hasText: '超出一节课的 40 分钟' }).waitFor();

    await panel.getByRole('button', { name: '设置' }).click();
    await leader.getByLabel('中学（7–12 年级）每节课分钟数').fill('45');
    await leader.getByTestId('save-check-settings').click();
    await panel.getByText('没有发现问题').waitFor();
  });
});
