import { describe, expect, it } from 'vitest';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';

/**
 * The web client keeps no session token where a script could read it: the HttpOnly cookie
 * authenticates the API and the editor's WebSocket. The page also runs under the server's
 * Content-Security-Policy without violating it.
 */
describe('the browser session', () => {
  const suite = browserSuite();

  it('keeps no token in localStorage or sessionStorage and edits through the cookie alone', async () => {
    const page = await suite.teacher('lifang');
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });

    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === 'dx_session');
    expect(session).toBeDefined();
    expect(session!.httpOnly).toBe(true);
    expect(session!.sameSite).toBe('Lax');

    await openGuide(page, seededGuideTitle);
    await page.locator('.connection-indicator[data-status="connected"]', { hasText: '已连接' }).waitFor();
    await page.locator('.guide-content[contenteditable="true"]').waitFor();

    const stored = await page.evaluate(() => {
      const all: string[] = [];
      for (const storage of [localStorage, sessionStorage]) {
        for (let index = 0; index < storage.length; index += 1) {
          const key = storage.key(index)!;
          all.push(`${key}=${storage.getItem(key)}`);
        }
      }
      return all;
    });
    for (const entry of stored) {
      expect(entry).not.toContain(session!.value);
      expect(entry).not.toMatch(/token/i);
    }
    await expect(page.evaluate(() => document.cookie)).resolves.not.toContain('dx_session');

    // What the teacher types reaches the server over the cookie-authenticated socket.
    const typed = '（Cookie 会话）';
    await page.locator('[data-block-kind="objectives"] li p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(typed);
    const other = await suite.teacher('wanglei');
    await openGuide(other, seededGuideTitle);
    await other.locator('[data-block-kind="objectives"]', { hasText: typed }).waitFor();

    expect(violations).toEqual([]);
  });
});
