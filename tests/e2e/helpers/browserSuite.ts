import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, loginAs, newTeacherContext } from './browser.ts';
import { ensureClientBuilt } from './ensureClientBuilt.ts';
import { repoRoot } from './repoRoot.ts';
import { startTestServer, type TestServer } from './startTestServer.ts';

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A page in a browser context of its own, logged in as a demo teacher; closed after the suite. */
  teacher(username: string): Promise<Page>;
}

/**
 * The set-up of a browser test file: the built client, a real server on port 0 with a fresh
 * database, one Chromium, and one context per teacher, all closed after the file's tests.
 * Call it inside `describe`; hooks the file registers after it run after this set-up.
 */
export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    mkdirSync(path.join(repoRoot, 'tests/artifacts'), { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error('The browser suite has not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser suite has not started yet');
      return browser;
    },
    async teacher(username: string) {
      const context = await newTeacherContext(this.browser, this.server.url);
      contexts.push(context);
      const page = await context.newPage();
      await loginAs(page, username);
      return page;
    },
  };
}
