import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');

describe('editing comforts: Enter, 删除本题, the school’s tiers, bold labels, Ctrl+S and Ctrl+P', () => {
  const suite = browserSuite();

  it('starts the next question with Enter at the end of a question and deletes one with its control', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);
    const check = page.locator('[data-block-kind="check"]');
    const before = await check.locator('.question').count();
    await check.locator('.question').last().locator('.question-body p').first().click();
    await page.getByRole('button', { name: '添加题目' }).click();
    await page.keyboard.type('第一题：求函数值');
    await page.keyboard.press('Enter');
    await page.keyboard.type('第二题：画图象');

    await expect.poll(() => check.locator('.question').count()).toBe(before + 2);
    const first = check.locator('.question').nth(before);
    const second = check.locator('.question').nth(before + 1);
    await expect(first.locator('.question-body').innerText()).resolves.toBe('第一题：求函数值');
    await expect(second.locator('.question-body').innerText()).resolves.toBe('第二题：画图象');
    // Each is a question of its own, numbered after the others.
    await expect(second.getAttribute('data-question-id')).resolves.not.toBe(await first.getAttribute('data-question-id'));

    // The tiers offered are the school's scheme, 必做 / 选做 included.
    await second.locator('.tier-badge').click();
    const tiers = second.getByRole('listbox');
    await tiers.getByRole('option', { name: '必做' }).click();
    await second.locator('.tier-badge[data-tier="必做"]').waitFor();

    await second.locator('[data-testid="delete-question"]').click();
    await expect.poll(() => check.locator('.question').count()).toBe(before + 1);
    await expect(check.locator('.question').last().locator('.question-body').innerText()).resolves.toBe('第一题：求函数值');
    await page.screenshot({ path: path.join(artifacts, 'editing-comforts.png') });
    await page.context().close();
  });

  it('types plain text after a template’s bold label', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);
    const label = page.locator('[data-block-kind="keyPoints"] .guide-block-body p strong', { hasText: /^重点：$/ });
    await label.click();
    // The caret right after the label's colon, as a click there would put it.
    await label.evaluate((element) => {
      const text = element.firstChild!;
      const range = document.createRange();
      range.setStart(text, text.textContent!.length);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.waitForFunction(() => getSelection()?.anchorNode?.textContent === '重点：');
    await page.keyboard.type('新写的字');
    const paragraph = page.locator('[data-block-kind="keyPoints"] .guide-block-body p', { hasText: '重点：新写的字' });
    await paragraph.waitFor();
    await expect(paragraph.locator('strong').first().innerText()).resolves.toBe('重点：');
    await expect(paragraph.locator('strong', { hasText: '新写的字' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('answers Ctrl+S with 已自动保存 and Ctrl+P with the print preview and its edition choice', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);
    const guidePath = new URL(page.url()).pathname;
    await page.locator('[data-block-kind="check"] .question-body p').first().click();

    const saveKey = await page.evaluate(() => {
      const event = new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(saveKey).toBe(true);
    await page.keyboard.press('Control+s');
    await page.locator('[data-testid="autosaved-note"]', { hasText: '已自动保存' }).waitFor();

    await page.keyboard.press('Control+p');
    await page.waitForURL((url) => url.pathname === `${guidePath}/print` && url.searchParams.get('edition') === 'student');
    const editions = page.locator('.print-edition-switch');
    await editions.getByText('学生版').waitFor();
    await editions.getByText('教师版').waitFor();
    await page.context().close();
  });
});
