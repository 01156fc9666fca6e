import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import { loginAs as apiLoginAs, type ApiClient } from '../helpers/api.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const seededTitle = '19.2.2 一次函数（第1课时）';
const reviewTitle = '19.2.3 一次函数的图象';

describe('find and reuse: search, last year’s final, a new lesson from it, the meeting notification', () => {
  const suite = browserSuite();
  let zhangwei: ApiClient;
  let inReview: Guide;

  beforeAll(async () => {
    const [leader, lifang] = await Promise.all([apiLoginAs(suite.server, 'wanglei'), apiLoginAs(suite.server, 'lifang')]);
    zhangwei = await apiLoginAs(suite.server, 'zhangwei');
    // Last school year's lesson, taken to 定稿 v1.
    const seeded = (await leader.guides()).body.find((guide: GuideSummary) => guide.title === seededTitle)!;
    const lastYear = `${new Date().getFullYear() - 1}-10-15`;
    await queryTestDatabase(suite.server, 'update guides set due_date = ? where id = ?', [lastYear, seeded.id]);
    expect((await lifang.post(`/api/guides/${seeded.id}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${seeded.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${seeded.id}/transitions`, { action: 'finalise' })).status).toBe(200);
    // This week's lesson is in 集体审稿; 张伟 co-leads the group and will host its meeting.
    const created = await leader.post<Guide>('/api/guides', { title: reviewTitle, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' });
    inReview = created.body;
    expect((await lifang.post(`/api/guides/${inReview.id}/transitions`, { action: 'submit' })).status).toBe(200);
    await queryTestDatabase(suite.server, "update group_members set role = 'leader' where user_id = 'user-zhangwei'");
    // 王磊 has read what he was told so far (two drafts handed in).
    expect((await leader.post('/api/notifications/read', {})).status).toBe(200);
  });

  it('searches, opens last year’s final, starts a new lesson from it, and hears of the meeting at once', async () => {
    const page = await suite.teacher('wanglei');
    await page.locator('[data-testid="search-box"]').fill('正比例函数');
    await page.locator('[data-testid="search-box"]').press('Enter');
    const finalResult = page.locator('.search-result', { hasText: '定稿 v1' });
    await finalResult.waitFor();
    await expect(finalResult.locator('mark').first().innerText()).resolves.toBe('正比例函数');
    await finalResult.locator('[data-testid="search-result-link"]').click();

    await page.locator('[data-testid="version-banner"]').waitFor();
    await page.locator('[data-testid="reuse-final"]').click();
    await page.locator('[data-testid="lineage-source-note"]').waitFor();
    const title = page.locator('.new-guide-form input[name="title"]');
    await title.fill('19.2.2 一次函数（第1课时）· 新学年');
    await page.locator('.new-guide-form select[name="leadDrafterId"]').selectOption('user-liuyang');
    await page.locator('.new-guide-form button[type="submit"]').click();

    // The new lesson opens with the final's text and says where it came from.
    const origin = page.locator('[data-testid="lineage-origin"]');
    await origin.waitFor();
    await expect(page.locator('[data-testid="guide-title"]').innerText()).resolves.toBe('19.2.2 一次函数（第1课时）· 新学年');
    await expect(origin.innerText()).resolves.toMatch(new RegExp(`来源[\\s\\S]*${seededTitle.replace(/[()（）]/g, '.')}[\\s\\S]*定稿 v1[\\s\\S]*八年级数学备课组[\\s\\S]*${new Date().getFullYear() - 1}-`));
    await page.locator('.guide-block').first().waitFor();
    await expect(page.locator('.ProseMirror').innerText()).resolves.toContain('正比例函数');
    await expect(page.locator('[data-testid="inbox-count"]').count()).resolves.toBe(0);

    // A comment for 刘洋 (the new lead drafter), picked with the @ picker: only 刘洋 is told.
    await page.evaluate((wanted) => {
      const root = document.querySelector('.guide-content')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`${wanted} is not in the guide`);
    }, '正比例函数');
    const panel = page.locator('[data-testid="comments-panel"]');
    await panel.getByRole('button', { name: '为选中文字添加批注' }).click();
    const composer = panel.locator('[data-testid="comment-composer"]');
    await composer.locator('textarea').pressSequentially('今年换一个例子吧 @刘');
    await composer.locator('[data-testid="mention-picker"]').getByRole('option', { name: '@刘洋' }).click();
    await expect(composer.locator('textarea').inputValue()).resolves.toBe('今年换一个例子吧 @刘洋 ');
    await composer.getByRole('button', { name: '发表' }).click();
    await composer.waitFor({ state: 'detached' });
    const liuyang = await apiLoginAs(suite.server, 'liuyang');
    const mentions = (await liuyang.get<{ kind: string; text: string }[]>('/api/notifications')).body.filter((notification) => notification.kind === 'mention');
    expect(mentions.map((notification) => notification.text)).toEqual([expect.stringContaining('王磊在《19.2.2 一次函数（第1课时）· 新学年》的批注中提到了你')]);
    const others = await Promise.all(['lifang', 'zhangwei'].map(async (name) => (await apiLoginAs(suite.server, name)).get<{ kind: string }[]>('/api/notifications')));
    expect(others.flatMap((answer) => answer.body).filter((notification) => notification.kind === 'mention')).toEqual([]);

    // 张伟 starts this week's review meeting: the open editor's top bar shows it without reloading.
    expect((await zhangwei.post(`/api/guides/${inReview.id}/meetings`, {})).status).toBe(201);
    const count = page.locator('[data-testid="inbox-count"]');
    await count.waitFor({ timeout: 5_000 });
    await expect(count.innerText()).resolves.toBe('1');
    await page.locator('[data-testid="inbox-button"]').click();
    const item = page.locator('[data-testid="inbox-item"][data-kind="meeting"]');
    await expect(item.innerText()).resolves.toContain(`张伟开始了《${reviewTitle}》的研讨会议`);
    await page.screenshot({ path: path.join(artifacts, 'find-reuse-notification.png') });
    await item.click();
    await page.locator('[data-testid="meeting-bar"][data-state="running"]').waitFor();
    await expect(page.locator('[data-testid="guide-title"]').innerText()).resolves.toBe(reviewTitle);
    await expect(count.count()).resolves.toBe(0);
  });
});
