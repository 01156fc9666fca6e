import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import { loginAs as apiLoginAs } from '../helpers/api.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const seededTitle = '19.2.2 一次函数（第1课时）';
const targetTitle = '19.3 一次函数的应用';

describe('从其他导学案复制: a block of another guide’s final, credited', () => {
  const suite = browserSuite();
  let source: GuideSummary;
  let target: Guide;

  beforeAll(async () => {
    const [leader, lifang] = await Promise.all([apiLoginAs(suite.server, 'wanglei'), apiLoginAs(suite.server, 'lifang')]);
    source = (await leader.guides()).body.find((guide) => guide.title === seededTitle)!;
    expect((await lifang.post(`/api/guides/${source.id}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${source.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${source.id}/transitions`, { action: 'finalise' })).status).toBe(200);
    // A new lesson 李芳 drafts; 王磊 (the leader) follows it.
    target = (await leader.post<Guide>('/api/guides', { title: targetTitle, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' })).body;
  });

  it('copies the 合作探究 block through the dialog; a second teacher sees it live with its 来源', async () => {
    const [lifang, wanglei] = await Promise.all([suite.teacher('lifang'), suite.teacher('wanglei')]);
    await Promise.all([lifang.goto(`/guides/${target.id}`), wanglei.goto(`/guides/${target.id}`)]);
    await lifang.locator('.guide-content[contenteditable="true"] .guide-block').first().waitFor();
    await wanglei.locator('.guide-content .guide-block').first().waitFor();
    const blocksBefore = await wanglei.locator('.guide-content .guide-block').count();

    // The caret in the first block: the copy goes right after it.
    await lifang.locator('.guide-content .guide-block').first().locator('p').first().click();
    await lifang.getByRole('button', { name: '添加模块' }).click();
    await lifang.locator('[data-testid="copy-blocks-open"]').click();
    const dialog = lifang.locator('[data-testid="block-reuse-dialog"]');
    await dialog.waitFor();
    await dialog.locator('[data-testid="block-reuse-search"]').fill('一次函数');
    await dialog.locator('[data-testid="block-reuse-guide"]', { hasText: seededTitle }).first().click();
    await expect(dialog.locator('[data-testid="block-reuse-version"] option:checked').innerText()).resolves.toBe('定稿 v1');
    const mutual = dialog.locator('.block-reuse-block', { hasText: '合作探究' });
    await expect(mutual.locator('.block-reuse-preview').innerText()).resolves.toContain('k');
    await mutual.locator('[data-testid="block-reuse-check"]').check();
    await lifang.screenshot({ path: path.join(artifacts, 'block-reuse-dialog.png') });
    await lifang.locator('[data-testid="block-reuse-insert"]').click();
    await dialog.waitFor({ state: 'detached' });

    const credit = new RegExp(`来源：\\s*《${seededTitle.replace(/[()（）]/g, '.')}》\\s*定稿 v1 · 八年级数学备课组 · \\d{4}-\\d{4}学年第[一二]学期`);
    const copied = lifang.locator('.guide-content .guide-block').nth(1);
    await expect(copied.locator('[data-testid="block-origin"]').innerText()).resolves.toMatch(credit);
    // 王磊's editor shows it at once, in the same place, with its credit.
    const seen = wanglei.locator('.guide-content .guide-block').nth(1).locator('[data-testid="block-origin"]');
    await seen.waitFor({ timeout: 10_000 });
    await expect(seen.innerText()).resolves.toMatch(credit);
    await expect(wanglei.locator('.guide-content .guide-block').count()).resolves.toBe(blocksBefore + 1);
    await expect(wanglei.locator('.guide-content .guide-block').nth(1).innerText()).resolves.toContain('先独立思考2分钟，再由组长组织讨论');
    await wanglei.screenshot({ path: path.join(artifacts, 'block-reuse-live.png') });

    // The source shows the reuse in its lineage.
    await wanglei.goto(`/guides/${source.id}`);
    const reused = wanglei.locator('[data-testid="lineage-reused-item"]');
    await reused.waitFor();
    await expect(reused.innerText()).resolves.toMatch(new RegExp(`《${targetTitle}》\\s*引用了「合作探究」`));
  });

  it('a suggest-only member’s copied block arrives as a suggestion the lead drafter sees, with its 来源', async () => {
    const [leaderApi, lifangApi] = await Promise.all([apiLoginAs(suite.server, 'wanglei'), apiLoginAs(suite.server, 'lifang')]);
    const review = (await leaderApi.post<Guide>('/api/guides', { title: '19.4 复习课', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' })).body;
    expect((await lifangApi.post(`/api/guides/${review.id}/transitions`, { action: 'submit' })).status).toBe(200);
    const [liuyang, lifang] = await Promise.all([suite.teacher('liuyang'), suite.teacher('lifang')]);
    await Promise.all([liuyang.goto(`/guides/${review.id}`), lifang.goto(`/guides/${review.id}`)]);
    await liuyang.locator('[data-testid="suggestion-mode"][data-mode="suggest"]').waitFor();
    await lifang.locator('.guide-content .guide-block').first().waitFor();

    await liuyang.locator('.guide-content .guide-block').last().locator('p').first().click();
    await liuyang.locator('.add-block-button').click();
    await liuyang.locator('[data-testid="copy-blocks-open"]').click();
    const dialog = liuyang.locator('[data-testid="block-reuse-dialog"]');
    await dialog.locator('[data-testid="block-reuse-guide"]', { hasText: seededTitle }).first().click();
    await dialog.locator('.block-reuse-block', { hasText: '当堂检测' }).locator('[data-testid="block-reuse-check"]').check();
    await liuyang.locator('[data-testid="block-reuse-insert"]').click();
    await dialog.waitFor({ state: 'detached' });

    // In 李芳's editor: a proposed block, credited, at the end.
    const proposed = lifang.locator('.guide-content .guide-block.node-suggestion.is-insert');
    await proposed.waitFor({ timeout: 10_000 });
    // The credit line is drawn once the proposed block is on the page.
    await proposed.locator('[data-testid="block-origin"]', { hasText: `《${seededTitle}》` }).waitFor({ timeout: 5_000 });
    await lifang.screenshot({ path: path.join(artifacts, 'block-reuse-suggested.png') });
    const suggestions = (await lifangApi.get<{ kind: string; node: string; author: string }[]>(`/api/guides/${review.id}/suggestions`)).body;
    expect(suggestions).toEqual([expect.objectContaining({ kind: 'insert', node: 'check', author: 'user-liuyang' })]);
  });
});
