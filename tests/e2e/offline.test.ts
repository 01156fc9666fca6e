import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');

/** Waits until the service worker controls the page and has kept the app shell. */
async function serviceWorkerReady(page: Page): Promise<void> {
  const shellKept = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return false;
      for (const name of await caches.keys()) {
        if (await (await caches.open(name)).match('/index.html', { ignoreSearch: true })) return true;
      }
      return false;
    });
  await expect.poll(shellKept, { timeout: 30_000 }).toBe(true);
}

/** Whether the service worker kept the API reads of a guide page (the teacher and the guide). */
function readsKept(page: Page, guideId: string): Promise<boolean> {
  return page.evaluate(async (id) => {
    const reads = await caches.open('api-reads');
    return Boolean((await reads.match('/api/me')) && (await reads.match(`/api/guides/${id}`)));
  }, guideId);
}

describe('offline: the app shell from the service worker and the guide from IndexedDB', () => {
  const suite = browserSuite();

  it('reopens a guide already visited after a reload without network, says 离线 and greys the others', async () => {
    const page = await suite.teacher('lifang');
    await openGuide(page, seededGuideTitle);
    const guidePath = new URL(page.url()).pathname;
    await serviceWorkerReady(page);
    // Once under the service worker, the reads the page makes are kept too.
    await page.reload();
    await page.locator('.guide-block').first().waitFor();
    await page.locator('.connection-indicator[data-status="connected"]').waitFor();
    // The reads this page made are kept (the teacher and the guide); other caches are the shell's.
    await expect.poll(() => readsKept(page, guidePath.split('/').pop()!), { timeout: 10_000 }).toBe(true);

    const leader = await suite.teacher('wanglei');
    await leader.goto(guidePath);
    await leader.locator('.guide-block').first().waitFor();
    const othersChip = page.locator('.presence-user[data-username="wanglei"]');
    await othersChip.waitFor();
    await expect(othersChip.getAttribute('class')).resolves.not.toContain('is-away');

    await page.context().setOffline(true);
    await page.locator('[data-testid="offline-banner"]', { hasText: '离线' }).waitFor();
    await page.locator('.connection-indicator[data-status="offline"]', { hasText: '离线' }).waitFor();
    await page.locator('.presence-user.is-away[data-username="wanglei"]').waitFor();

    await page.reload();
    await page.locator('[data-testid="offline-banner"]').waitFor();
    const block = page.locator('[data-block-kind="objectives"]');
    await block.waitFor({ timeout: 20_000 });
    await expect(page.locator('.paper').innerText()).resolves.toContain('一次函数');
    await expect(page.locator('.guide-header-title').innerText()).resolves.toContain(seededGuideTitle);
    await page.screenshot({ path: path.join(artifacts, 'offline-guide.png') });

    await page.context().setOffline(false);
    await page.locator('.connection-indicator[data-status="connected"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="offline-banner"]').waitFor({ state: 'detached' });
    await page.context().close();
  });
});
