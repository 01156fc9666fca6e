import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs as apiLoginAs, type ApiClient } from '../helpers/api.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts/liveInbox');

describe('the inbox is live on every page', () => {
  const suite = browserSuite();
  let leader: ApiClient;

  beforeAll(async () => {
    leader = await apiLoginAs(suite.server, 'wanglei');
    const zhangwei = await apiLoginAs(suite.server, 'zhangwei');
    // 张伟 has read everything so far.
    expect((await zhangwei.post('/api/notifications/read', {})).status).toBe(200);
    mkdirSync(artifacts, { recursive: true });
  });

  it('raises the unread count on the guide list the moment a lesson is assigned, without a reload', async () => {
    const page = await suite.teacher('zhangwei');
    await page.goto('/');
    await page.locator('.guide-list-page').waitFor();
    // The inbox is connected on this page, where no guide is open.
    await page.locator('[data-testid="inbox-button"][data-live="true"]').waitFor();
    await expect(page.locator('[data-testid="inbox-count"]').count()).resolves.toBe(0);
    await page.evaluate(() => Object.assign(window, { beforeTheNotification: true }));
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/notifications') listRequests.push(request.url());
    });

    const assigned = await leader.post('/api/guides', { title: '19.3 课题学习 选择方案', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-zhangwei', dueDate: '2030-01-15' });
    expect(assigned.status).toBe(201);
    // Well within a second or two: the list is otherwise asked for only once a minute.
    const count = page.locator('[data-testid="inbox-count"]');
    await count.waitFor({ timeout: 3000 });
    await expect(count.innerText()).resolves.toBe('1');
    // The same page (no reload), and the count came over the socket, not from the list.
    await expect(page.evaluate(() => (window as unknown as { beforeTheNotification?: boolean }).beforeTheNotification)).resolves.toBe(true);
    expect(listRequests).toEqual([]);
    // The lesson is on the page's lists too: 我的备课任务 and 我的导学案.
    await page.locator('[data-testid="my-tasks"]', { hasText: '19.3 课题学习 选择方案' }).waitFor({ timeout: 3000 });
    await page.locator('.guide-list-page table', { hasText: '19.3 课题学习 选择方案' }).waitFor();

    await page.locator('[data-testid="inbox-button"]').click();
    const item = page.locator('[data-testid="inbox-item"][data-kind="assigned"]');
    await expect(item.innerText()).resolves.toContain('19.3 课题学习 选择方案');
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(artifacts, `guide-list-inbox-${width}.png`) });
    }
    // On a phone the inbox folds into the menu, whose button shows the count.
    await page.locator('[data-testid="inbox-button"]').click();
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator('[data-testid="top-bar-menu"] .inbox-count').innerText()).resolves.toBe('1');
    await page.screenshot({ path: path.join(artifacts, 'guide-list-inbox-390.png') });
  });
});
