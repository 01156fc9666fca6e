import path from 'node:path';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import type { WebSocketRoute } from 'playwright-core';
import { anchorForRange } from '../../shared/comments/anchors.ts';
import { contentFragmentName, guideSchema } from '../../shared/editor/schema.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { loginAs as apiLogin } from '../helpers/api.ts';
import { connectClient } from '../helpers/collabClient.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const commented = '一次函数与正比例函数的关系';
const remark = '这里的“关系”请举一个例子。';
const reply = '好的，我补一道 b=0 的辨析题。';
const artifacts = path.join(repoRoot, 'tests/artifacts');

/**
 * A slow network between the page and the collaboration server: what the server sends is
 * held back until `release()`, then delivered in order. What the page sends goes through.
 */
function holdCollabReplies() {
  const held: (string | Buffer)[] = [];
  let page: WebSocketRoute | null = null;
  let released = false;
  return {
    route(ws: WebSocketRoute) {
      page = ws;
      const server = ws.connectToServer();
      ws.onMessage((message) => server.send(message));
      server.onMessage((message) => (released ? ws.send(message) : held.push(message)));
    },
    get held() {
      return held.length;
    },
    release() {
      released = true;
      for (const message of held.splice(0)) page?.send(message);
    },
  };
}

describe('the side panels while a guide first syncs', () => {
  const suite = browserSuite();

  it('keep a reply typed before the live document arrived: the panels are not laid out anew when it does', async () => {
    // 张伟 comments on the seeded guide (through the API, anchored as the editor anchors).
    const member = await apiLogin(suite.server, 'zhangwei');
    const guides = (await member.get<Guide[]>('/api/guides')).body;
    const guide = guides.find((candidate) => candidate.title === seededGuideTitle)!;
    const reader = await connectClient(suite.server.wsUrl, guide.docName, member.token!);
    const { doc } = initProseMirrorDoc(reader.doc.getXmlFragment(contentFragmentName), guideSchema());
    let from = -1;
    doc.descendants((node, pos) => {
      if (from < 0 && node.isTextblock && node.textContent.includes(commented)) from = pos + 1 + node.textContent.indexOf(commented);
      return from < 0;
    });
    expect(from).toBeGreaterThan(0);
    const anchor = anchorForRange(reader.doc, from, from + commented.length);
    reader.destroy();
    expect((await member.post(`/api/guides/${guide.id}/comments`, { anchor, body: remark })).status).toBe(201);

    // 李芳 opens the guide on a slow connection: the panels are there, the paper still waits.
    const drafter = await suite.teacher('lifang');
    const network = holdCollabReplies();
    await drafter.routeWebSocket(/\/collab/, (ws) => network.route(ws));
    await drafter.locator('.guide-title-cell a', { hasText: seededGuideTitle }).click();
    const thread = drafter.locator('[data-testid="comment-thread"]', { hasText: remark });
    await thread.waitFor();
    await expect.poll(() => network.held).toBeGreaterThan(0);
    await expect(drafter.locator('.guide-content').count()).resolves.toBe(0);

    // She starts her answer at once.
    const replyBox = thread.locator('.comment-reply-box textarea');
    await replyBox.fill(reply);

    // The document arrives: the paper appears beside the same panels, her answer still in its box.
    network.release();
    await drafter.locator('.guide-content').waitFor();
    await drafter.locator('.guide-block').first().waitFor();
    await expect.poll(() => drafter.locator('.guide-content .comment-highlight').allInnerTexts()).toEqual([commented]);
    await expect(replyBox.inputValue()).resolves.toBe(reply);
    await drafter.screenshot({ path: path.join(artifacts, 'side-panels-after-sync.png') });

    // And it is sent as usual.
    const posted = drafter.waitForResponse((response) => /\/api\/comments\/[^/]+\/replies$|\/api\/guides\/[^/]+\/comments$/.test(response.url()) && response.request().method() === 'POST');
    await thread.getByRole('button', { name: '回复' }).click();
    expect((await posted).status()).toBe(201);
    await thread.locator('.comment-entry.is-reply', { hasText: reply }).waitFor();
  });
});
