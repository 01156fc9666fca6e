import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const seededTitle = '19.2.2 一次函数（第1课时）';
const leaderEdit = '（组长补充：先用3分钟复习正比例函数）';
const finalNote = '根据研讨意见，保留初稿的学法指导，不再增加复习环节。';

/** Takes a workflow step from the workflow bar, writing the 定稿说明 when one is given. */
async function takeStep(page: Page, label: string, note?: string): Promise<void> {
  await page.locator('.workflow-actions').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.locator('.confirm-transition');
  await dialog.waitFor();
  if (note !== undefined) await dialog.locator('[data-testid="final-note"]').fill(note);
  const answer = page.waitForResponse((response) => /\/api\/guides\/[^/]+\/transitions$/.test(response.url()));
  await page.locator('[data-testid="confirm-transition"]').click();
  expect((await answer).status()).toBe(200);
  await dialog.waitFor({ state: 'detached' });
}

/** The guide's live content as the server has it. */
async function serverContent(page: Page, guideUrl: string): Promise<string> {
  return JSON.stringify(await (await page.request.get(`${guideUrl.replace('/guides/', '/api/guides/')}/content`)).json());
}

/** The entry of a version in 版本记录, by its label. */
function versionEntry(page: Page, label: string) {
  return page.locator('[data-testid="version-list"] .version-entry', { has: page.locator('.version-label', { hasText: label }) });
}

describe('版本记录: compare and restore from the version list', () => {
  const suite = browserSuite();
  let leader: Page;
  let drafter: Page;
  let guideUrl: string;

  it('compares the 初稿 with the current document in one click, each change with its teacher', async () => {
    drafter = await suite.teacher('lifang');
    await openGuide(drafter, seededTitle);
    guideUrl = new URL(drafter.url()).pathname;
    await takeStep(drafter, '提交审稿');
    await versionEntry(drafter, '初稿').waitFor();

    leader = await suite.teacher('wanglei');
    await leader.goto(guideUrl);
    await leader.locator('.guide-content[contenteditable="true"]').waitFor();
    const target = leader.locator('[data-block-kind="method"] .guide-block-body p').first();
    await target.click();
    await leader.keyboard.press('End');
    await leader.keyboard.insertText(leaderEdit);
    await expect.poll(() => serverContent(leader, guideUrl), { timeout: 10_000 }).toContain(leaderEdit);
    // The drafter, still in the guide, sees it live.
    await drafter.locator('.guide-content', { hasText: leaderEdit }).waitFor();

    await versionEntry(leader, '初稿').locator('[data-testid="compare-live"]').click();
    await leader.waitForURL(/\/diff\?/);
    const inserted = leader.locator('[data-testid="diff-view"] ins.diff-insert', { hasText: leaderEdit.slice(1, 5) }).first();
    await inserted.waitFor();
    await expect(inserted.getAttribute('data-authors')).resolves.toBe('王磊');
    await expect(leader.locator('[data-testid="diff-block-authors"]').first().innerText()).resolves.toContain('王磊');
    await expect(leader.locator('.diff-sides').innerText()).resolves.toMatch(/初稿[\s\S]*当前/);
    await leader.screenshot({ path: path.join(artifacts, 'history-diff-live.png'), fullPage: true });
    // Back to the guide (not to 按班查看).
    await leader.locator('.back-link').click();
    await leader.waitForURL((url) => url.pathname === guideUrl);
  });

  it('restores the 初稿 as a new change that the other teacher sees at once', async () => {
    await leader.locator('.guide-content[contenteditable="true"]').waitFor();
    await versionEntry(leader, '初稿').locator('[data-testid="restore-version"]').click();
    const dialog = leader.locator('[data-testid="restore-dialog"]');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toMatch(/初稿[\s\S]*新的修改/);
    await leader.screenshot({ path: path.join(artifacts, 'history-restore-dialog.png') });
    const answer = leader.waitForResponse((response) => /\/api\/guides\/[^/]+\/versions\/1\/restore$/.test(response.url()));
    await dialog.locator('[data-testid="confirm-restore"]').click();
    expect((await answer).status()).toBe(200);
    // What it replaced was in no version: it is kept as 恢复前, and the restore can be undone.
    await expect(dialog.locator('[data-testid="restore-done"]').innerText()).resolves.toMatch(/恢复前/);
    await expect.poll(() => drafter.locator('.guide-content').innerText(), { timeout: 10_000 }).not.toContain(leaderEdit);
    await leader.screenshot({ path: path.join(artifacts, 'history-restore-done.png') });
    await dialog.locator('[data-testid="undo-restore"]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => drafter.locator('.guide-content').innerText(), { timeout: 10_000 }).toContain(leaderEdit);
    await versionEntry(leader, '恢复前').waitFor();

    // Restored again: what it replaces is the 恢复前 version now, so the dialog simply closes.
    await versionEntry(leader, '初稿').locator('[data-testid="restore-version"]').click();
    await dialog.locator('[data-testid="confirm-restore"]').click();
    await dialog.waitFor({ state: 'detached' });

    // Live in the other teacher's editor, without reloading, and on the server.
    await expect.poll(() => drafter.locator('.guide-content').innerText(), { timeout: 10_000 }).not.toContain(leaderEdit);
    await expect.poll(() => leader.locator('.guide-content').innerText(), { timeout: 10_000 }).not.toContain(leaderEdit);
    expect(await serverContent(drafter, guideUrl)).not.toContain(leaderEdit);
    // A member (suggestions only) is not offered the restore.
    const member = await suite.teacher('zhangwei');
    await member.goto(guideUrl);
    await versionEntry(member, '初稿').waitFor();
    await expect(versionEntry(member, '初稿').locator('[data-testid="restore-version"]').count()).resolves.toBe(0);
    await expect(versionEntry(member, '初稿').locator('[data-testid="compare-live"]').count()).resolves.toBe(1);
  });

  it('keeps the 定稿说明 with the final, lists it, and shows it on the final’s diff; any two versions compare', async () => {
    await takeStep(leader, '结束研讨');
    await takeStep(leader, '定稿', finalNote);
    const final = versionEntry(leader, '定稿 v1');
    await expect(final.locator('[data-testid="version-note"]').innerText()).resolves.toContain(finalNote);
    await leader.screenshot({ path: path.join(artifacts, 'history-version-list.png'), fullPage: true });

    await final.locator('[data-testid="compare-previous"]').click();
    await leader.waitForURL(/\/diff\?/);
    await expect(leader.locator('[data-testid="diff-final-notes"]').innerText()).resolves.toContain(finalNote);
    await expect(leader.locator('.diff-sides').innerText()).resolves.toMatch(/研讨稿[\s\S]*定稿 v1/);
    await leader.goBack();
    // Back on the guide, once its document has synced (the side panels are laid out anew then).
    await leader.locator('.paper .ProseMirror').waitFor();

    const form = leader.locator('[data-testid="compare-versions"]');
    await form.locator('[data-testid="compare-from"]').selectOption({ label: '初稿' });
    await form.locator('[data-testid="compare-to"]').selectOption({ label: '定稿 v1' });
    await form.locator('[data-testid="compare-submit"]').click();
    await leader.waitForURL(/\/diff\?/);
    const params = new URL(leader.url()).searchParams;
    expect(params.get('from')).toMatch(/@1$/);
    // 初稿, 恢复前, 研讨稿, 定稿 v1.
    expect(params.get('to')).toMatch(/@4$/);
    await leader.locator('[data-testid="diff-page"]').waitFor();
    await expect(leader.locator('[data-testid="diff-final-notes"]').innerText()).resolves.toContain(finalNote);
  });
});
