import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with everything that would call out to the network switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (its own cookies, localStorage and IndexedDB): one teacher's computer. */
export function newTeacherContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
}

/** Logs in from the login page with the demo account's one-click chip and waits for 我的导学案. */
export async function loginAs(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator(`.demo-chip[data-username="${username}"]`).click();
  await page.getByRole('heading', { name: '我的导学案' }).waitFor();
}

/** Opens a guide from 我的导学案 by its 课题 and waits until its blocks are on screen. */
export async function openGuide(page: Page, title: string): Promise<void> {
  await page.locator('.guide-title-cell a', { hasText: title }).click();
  await page.locator('.guide-block').first().waitFor();
}
