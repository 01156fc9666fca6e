import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loginAs } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const phone = { width: 390, height: 844 };
const projector = { width: 1024, height: 768 };
const commented = '一次函数与正比例函数的关系';

/** Selects a text of a block by dragging the mouse over it (as a teacher would). */
async function dragSelect(page: Page, blockKind: string, text: string): Promise<void> {
  const block = page.locator(`[data-block-kind="${blockKind}"]`).first();
  await block.scrollIntoViewIfNeeded();
  const points = await block.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const start = range.getBoundingClientRect();
      range.setStart(node, index + wanted.length - 1);
      range.setEnd(node, index + wanted.length);
      const end = range.getBoundingClientRect();
      return { from: { x: start.left + 1, y: start.top + start.height / 2 }, to: { x: end.right - 1, y: end.top + end.height / 2 } };
    }
    return null;
  }, text);
  if (!points) throw new Error(`${text} is not in the ${blockKind} block`);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 6 });
  await page.mouse.up();
}

/** How much wider than the screen the page is (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
}

describe('every screen: a phone at 390×844 and a projector at 1024×768', () => {
  const suite = browserSuite();
  const contexts: BrowserContext[] = [];

  async function teacherOn(size: { width: number; height: number }, username: string): Promise<Page> {
    const context = await suite.browser.newContext({ baseURL: suite.server.url, viewport: size, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    if (username === 'jiaowu') {
      await page.goto('/login');
      await page.locator('input[name="username"]').fill('jiaowu');
      await page.locator('input[name="password"]').fill('demo1234');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    } else {
      await loginAs(page, username);
    }
    return page;
  }

  /** Opens each page and lists those wider than the phone's screen. */
  async function pagesScrollingSideways(page: Page, paths: string[], ready = '.page, main, .print-page'): Promise<string[]> {
    const wide: string[] = [];
    for (const pagePath of paths) {
      await page.goto(pagePath);
      await page.locator(ready).first().waitFor();
      await page.locator('.page-status').first().waitFor({ state: 'detached' }).catch(() => undefined);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${pagePath} (+${overflow} px)`);
    }
    return wide;
  }

  let guideId = '';
  let groupId = '';

  it('at 390×844 no page scrolls sideways, the menu folds the top bar, and a teacher comments and replies', async () => {
    const page = await teacherOn(phone, 'lifang');
    const guides = (await (await page.request.get('/api/guides')).json()) as { id: string }[];
    guideId = guides[0]!.id;
    groupId = ((await (await page.request.get(`/api/guides/${guideId}`)).json()) as { groupId: string }).groupId;

    expect(
      await pagesScrollingSideways(page, [
        '/',
        `/guides/${guideId}`,
        `/groups/${groupId}/plan`,
        `/groups/${groupId}/label-synonyms`,
        `/guides/${guideId}/print?edition=student`,
        `/guides/${guideId}/print?edition=teacher`,
        '/import',
        '/account/password',
      ]),
    ).toEqual([]);

    // The top bar is one line; its links are behind 菜单.
    await page.goto('/');
    const bar = await page.locator('.top-bar').boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(60);
    await page.locator('[data-testid="top-bar-menu"]').click();
    await page.locator('.top-bar-menu').getByRole('link', { name: '学期备课计划' }).click();
    await page.waitForURL(/\/plan$/);

    // Comment on the guide and reply, from the drawer.
    await page.goto(`/guides/${guideId}`);
    await page.locator('.guide-block').first().waitFor();
    await dragSelect(page, 'keyPoints', commented);
    await page.locator('[data-testid="comment-bubble-button"]').click();
    const panel = page.locator('[data-testid="comments-panel"]');
    const composer = panel.locator('[data-testid="comment-composer"]');
    await composer.waitFor();
    await expect.poll(() => composer.locator('textarea').evaluate((box) => box.getBoundingClientRect().right <= innerWidth)).toBe(true);
    await composer.locator('textarea').fill('手机上写的批注');
    await composer.getByRole('button', { name: '发表' }).click();
    const thread = panel.locator('[data-testid="comment-thread"]', { hasText: '手机上写的批注' });
    await thread.waitFor();
    await thread.locator('.comment-reply-box textarea').fill('手机上的回复');
    await thread.locator('.comment-reply-box').getByRole('button', { name: '回复' }).click();
    await thread.locator('.comment-entry.is-reply', { hasText: '手机上的回复' }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.screenshot({ path: path.join(artifacts, 'phone-comment-reply.png') });
    await page.locator('[data-testid="side-drawer-toggle"]').click();
    await expect.poll(() => panel.evaluate((element) => element.getBoundingClientRect().left >= innerWidth)).toBe(true);

    const admin = await teacherOn(phone, 'jiaowu');
    const adminPages = ['teachers', 'groups', 'classes', 'terms', 'audit'].map((tab) => `/admin/${tab}`);
    expect(await pagesScrollingSideways(admin, adminPages)).toEqual([]);
  });

  it('at 390×844 a teacher marks 已上课 in a class copy and writes the 教后反思, and the copy pages fit', async () => {
    const drafter = await teacherOn(phone, 'lifang');
    expect((await drafter.request.post(`/api/guides/${guideId}/transitions`, { data: { action: 'submit' } })).status()).toBe(200);
    const leader = await teacherOn(phone, 'wanglei');
    expect((await leader.request.post(`/api/guides/${guideId}/transitions`, { data: { action: 'endReview' } })).status()).toBe(200);
    const finalised = await leader.request.post(`/api/guides/${guideId}/transitions`, {
      data: { action: 'finalise', override: { reason: '手机测试：体检提示另行处理' } },
    });
    expect(finalised.status()).toBe(200);

    const page = await teacherOn(phone, 'liuyang');
    const me = (await (await page.request.get('/api/me')).json()) as { classes: { id: string; groupId: string }[] };
    const made = await page.request.post(`/api/guides/${guideId}/copies`, { data: { classId: me.classes.find((c) => c.groupId === groupId)!.id } });
    expect(made.status()).toBe(201);
    const copyId = ((await made.json()) as { id: string }).id;

    expect(
      await pagesScrollingSideways(page, [`/copies/${copyId}`, `/copies/${copyId}/print?edition=teacher`, `/guides/${guideId}/classes`, `/guides/${guideId}/versions/1`]),
    ).toEqual([]);

    await page.goto(`/copies/${copyId}`);
    await page.locator('.guide-content[contenteditable="true"]').waitFor();
    // The copy reads at the screen's width, not four characters a line.
    const paperWidth = await page.locator('.paper .guide-content').evaluate((element) => element.getBoundingClientRect().width);
    expect(paperWidth).toBeGreaterThan(phone.width * 0.8);
    await page.locator('[data-testid="mark-taught"]').click();
    const reflection = page.locator('[data-block-kind="reflection"]', { hasText: '效果好的地方' });
    await reflection.waitFor();
    await page.locator('[data-testid="taught-state"]', { hasText: '已上课' }).waitFor();
    await reflection.locator('p', { hasText: '效果好的地方' }).click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('手机上写的反思。');
    await expect
      .poll(async () => JSON.stringify(await (await page.request.get(`/api/copies/${copyId}/content`)).json()), { timeout: 10_000 })
      .toContain('手机上写的反思');
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.screenshot({ path: path.join(artifacts, 'phone-copy-taught.png') });
  });

  it('at 1024×768 the 批注 panel stands beside the guide and 批注 keeps the text in view', async () => {
    const page = await teacherOn(projector, 'zhangwei');
    await page.goto(`/guides/${guideId}`);
    await page.locator('.guide-block').first().waitFor();
    const paper = (await page.locator('.paper').boundingBox())!;
    const panel = page.locator('[data-testid="comments-panel"]');
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(paper.x + paper.width);
    expect(box.x + box.width).toBeLessThanOrEqual(projector.width);
    expect(box.y).toBeLessThan(projector.height);
    expect(await sidewaysOverflow(page)).toBe(0);

    await dragSelect(page, 'keyPoints', '一次函数的概念');
    const scrolledBefore = await page.evaluate(() => scrollY);
    await page.locator('[data-testid="comment-bubble-button"]').click();
    await panel.locator('[data-testid="comment-composer"]').waitFor();
    await expect(page.evaluate(() => scrollY)).resolves.toBe(scrolledBefore);
    const selected = await page.locator('.comment-highlight.is-draft').first().boundingBox();
    expect(selected!.y).toBeGreaterThanOrEqual(0);
    expect(selected!.y).toBeLessThan(projector.height);
    await page.screenshot({ path: path.join(artifacts, 'projector-comment.png') });
    for (const context of contexts) await context.close();
  });
});
