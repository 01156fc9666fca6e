import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, loginAs, newTeacherContext } from './helpers/browser.ts';
import { ensureClientBuilt } from './helpers/ensureClientBuilt.ts';
import { readTemplate } from './helpers/readTemplate.ts';
import { startTestServer, type TestServer } from './helpers/startTestServer.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';

describe('我的导学案 and creating a guide', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the seeded guide with its subject, grade, lead drafter and stage after a one-click demo login', async () => {
    const context = await newTeacherContext(browser, server.url);
    const page = await context.newPage();
    await loginAs(page, 'wanglei');

    const row = page.locator('.guide-row', { hasText: seededGuideTitle });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/数学 \/ 八年级/);
    await expect(row.innerText()).resolves.toContain('李芳');
    await expect(row.innerText()).resolves.toContain('主备初稿');
    await expect(page.locator('[data-testid="current-user"]').innerText()).resolves.toContain('王磊');
    await context.close();
  });

  it('switches the interface to English and back to Chinese from the top bar', async () => {
    const context = await newTeacherContext(browser, server.url);
    const page = await context.newPage();
    await loginAs(page, 'wanglei');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My guides' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '我的导学案' }).waitFor();
    await context.close();
  });

  it('creates a guide from a template and opens the editor with the template blocks, labels and minutes', async () => {
    const template = readTemplate('general');
    const context = await newTeacherContext(browser, server.url);
    const page = await context.newPage();
    await loginAs(page, 'wanglei');

    await page.getByRole('button', { name: '新建导学案' }).click();
    const card = page.locator(`.template-card[data-template-id="${template.id}"]`);
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain(template.name);
    await card.click();
    await page.locator('input[name="title"]').fill('19.3 一次函数与方程、不等式');
    await page.locator('input[name="period"]').fill('第1课时');
    await page.locator('input[name="unit"]').fill('第十九章 一次函数');
    await page.locator('select[name="leadDrafterId"] option', { hasText: '张伟' }).waitFor({ state: 'attached' });
    await page.locator('select[name="leadDrafterId"]').selectOption({ label: '张伟' });
    await page.locator('input[name="dueDate"]').fill('2026-12-01');
    await page.getByRole('button', { name: '创建并开始编辑' }).click();

    await page.waitForURL(/\/guides\/[^/]+$/);
    await page.locator('[data-testid="guide-title"]', { hasText: '19.3 一次函数与方程、不等式' }).waitFor();
    const blocks = page.locator('.guide-block');
    await blocks.nth(template.blocks.length - 1).waitFor();
    await expect(blocks.count()).resolves.toBe(template.blocks.length);

    const titles = await page.locator('.block-title-input').evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(titles).toEqual(template.blocks.map((block) => block.title));
    const minutes = await page.locator('.block-minutes input').evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(minutes).toEqual(template.blocks.map((block) => (block.minutes === null ? '' : String(block.minutes))));

    const total = template.blocks.reduce((sum, block) => sum + (block.minutes ?? 0), 0);
    await page.locator('[data-testid="minutes-total"]', { hasText: `合计 ${total} / ${template.periodMinutes} 分钟` }).waitFor();
    await expect(page.locator('.guide-facts').innerText()).resolves.toMatch(/张伟/);
    await expect(page.locator('.guide-facts').innerText()).resolves.toMatch(/八年级/);

    const teacherOnly = template.blocks.findIndex((block) => block.audience === 'teacher');
    await expect(blocks.nth(teacherOnly).locator('.audience-badge').innerText()).resolves.toBe('仅教师可见');
    // An empty block shows the template's hint, greyed, where the teacher will write.
    await expect(blocks.first().locator('p.block-hint').getAttribute('data-hint')).resolves.toBe(template.blocks[0].hint);

    await page.goto('/');
    await page.locator('.guide-row', { hasText: '19.3 一次函数与方程、不等式' }).waitFor();
    await context.close();
  });
});
