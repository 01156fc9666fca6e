import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';

/** The kinds of the blocks on the page, top to bottom. */
function blockKindsOnPage(page: Page): Promise<string[]> {
  return page.locator('.guide-block').evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-block-kind') ?? ''));
}

describe('editing the structure of a guide', () => {
  const suite = browserSuite();

  it('adds a block from the 添加模块 menu, moves it up and removes it after confirming', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);
    const before = await blockKindsOnPage(page);
    expect(before).not.toContain('section');

    await page.getByRole('button', { name: '添加模块' }).click();
    const item = page.getByRole('menuitem').filter({ hasText: /^其他/ });
    await item.click();
    const added = page.locator('[data-block-kind="section"]');
    await added.waitFor();
    await expect(added.locator('.block-title-input').inputValue()).resolves.toBe('其他');
    expect(await blockKindsOnPage(page)).toEqual([...before, 'section']);

    await added.getByRole('button', { name: '上移' }).click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.guide-block')[count - 2]?.getAttribute('data-block-kind') === 'section',
      before.length + 1,
    );
    const moved = await blockKindsOnPage(page);
    expect(moved).toEqual([...before.slice(0, -1), 'section', before[before.length - 1]]);

    await added.getByRole('button', { name: '删除' }).click();
    await added.getByText(/确定删除模块“其他”/).waitFor();
    await added.getByRole('button', { name: '确定' }).click();
    await added.waitFor({ state: 'detached' });
    expect(await blockKindsOnPage(page)).toEqual(before);
    await page.context().close();
  });

  it('renames a block, changes its minutes and warns when the blocks exceed the lesson', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);

    const summary = page.locator('[data-block-kind="summary"]');
    const title = summary.locator('.block-title-input');
    await title.fill('课堂小结与反思');
    await title.press('Enter');
    const minutes = summary.locator('.block-minutes input');
    const previous = Number(await minutes.inputValue());
    const totalText = await page.locator('.minutes-total-figure').innerText();
    const total = Number(/合计 (\d+)/.exec(totalText)?.[1]);
    await minutes.fill(String(previous + 12));
    await minutes.press('Enter');

    const over = total + 12 - 45;
    await page.locator('.minutes-total.is-over', { hasText: `合计 ${total + 12} / 45 分钟` }).waitFor();
    await page.locator('.minutes-total-warning', { hasText: `超出 ${over} 分钟` }).waitFor();

    // Both changes are in the shared document: they are still there after a reload.
    await page.reload();
    await page.locator('[data-block-kind="summary"] .block-title-input').waitFor();
    await expect(page.locator('[data-block-kind="summary"] .block-title-input').inputValue()).resolves.toBe('课堂小结与反思');
    await page.locator('.minutes-total.is-over').waitFor();
    await page.context().close();
  });

  it('sets a question’s tier from its badge and shows the answer area as teacher-only', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);

    const question = page.locator('[data-block-kind="priorKnowledge"] .question').first();
    const badge = question.locator('.tier-badge');
    await expect(badge.getAttribute('data-tier')).resolves.toBe('');
    await badge.click();
    const menu = question.getByRole('listbox');
    // The school's tier marks (its 体检设置; the defaults here), 必做 / 选做 among them.
    await expect(menu.getByRole('option').allInnerTexts()).resolves.toEqual(['无', 'A', 'B', 'C', '基础', '提高', '拓展', '必做', '选做', '★']);
    await menu.getByRole('option', { name: '基础' }).click();
    await question.locator('.tier-badge[data-tier="基础"]', { hasText: '基础' }).waitFor();
    await expect(question.locator('.answer-label').innerText()).resolves.toBe('答案（仅教师版）');

    await page.reload();
    await page.locator('[data-block-kind="priorKnowledge"] .question').first().locator('.tier-badge[data-tier="基础"]').waitFor();
    await page.context().close();
  });

  it('adds a question with an answer from the toolbar', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);

    const check = page.locator('[data-block-kind="check"]');
    const questionsBefore = await check.locator('.question').count();
    await check.locator('.question').last().locator('.question-body p').first().click();
    await page.getByRole('button', { name: '添加题目' }).click();
    await page.keyboard.insertText('一次函数 y = 2x − 1 的图象经过第几象限？');
    await page.getByRole('button', { name: '添加答案' }).click();
    await page.keyboard.insertText('一、三、四象限。');

    await expect(check.locator('.question').count()).resolves.toBe(questionsBefore + 1);
    const added = check.locator('.question').last();
    await added.locator('.question-body', { hasText: '经过第几象限' }).waitFor();
    await added.locator('.answer', { hasText: '一、三、四象限。' }).waitFor();
    await page.context().close();
  });
});
