import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GuideSummary } from '../../shared/schemas/guide.ts';
import { loginAs as apiLoginAs } from '../helpers/api.ts';
import { docxText } from '../helpers/docxText.ts';
import { openGuide } from './helpers/browser.ts';
import { repoRoot } from './helpers/repoRoot.ts';
import { browserSuite } from './helpers/browserSuite.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const seededTitle = '19.2.2 一次函数（第1课时）';

describe('研讨会议 in the browser: start, attend, end, fill in and download the record', () => {
  const suite = browserSuite();

  beforeAll(async () => {
    // The seeded guide's lead drafter hands it in: the group is in 集体审稿.
    const drafter = await apiLoginAs(suite.server, 'lifang');
    const guides = await drafter.guides();
    const guide = guides.body.find((candidate: GuideSummary) => candidate.title === seededTitle)!;
    expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
  });

  async function teacherWithGuide(username: string): Promise<Page> {
    const page = await suite.teacher(username);
    await openGuide(page, seededTitle);
    return page;
  }

  const bar = (page: Page, state: 'none' | 'running' | 'ended') => page.locator(`[data-testid="meeting-bar"][data-state="${state}"]`);

  it('records who came, and the leader downloads a filled-in 集体备课活动记录表', async () => {
    // 王磊 (the leader) and 李芳 have the guide open; 刘洋 never opens it.
    const leader = await teacherWithGuide('wanglei');
    const early = await teacherWithGuide('lifang');
    await bar(leader, 'none').waitFor();
    await expect(early.locator('[data-testid="meeting-bar"]').count()).resolves.toBe(0);
    await expect(early.locator('[data-action="start-meeting"]').count()).resolves.toBe(0);

    await leader.locator('[data-action="start-meeting"]').click();
    const running = bar(leader, 'running');
    await running.waitFor();
    await expect(running.innerText()).resolves.toMatch(/研讨会议进行中[\s\S]*主持人 王磊/);
    // One control per step: while the meeting runs, 结束会议 is the leader's only control; 结束研讨 comes after.
    await leader.locator('[data-testid="end-meeting-first"]').waitFor();
    await expect(leader.locator('.workflow-actions [data-action="endReview"]').count()).resolves.toBe(0);

    // 李芳's open editor learns of it at once, without reloading.
    await bar(early, 'running').waitFor({ timeout: 5_000 });
    await expect(bar(early, 'running').innerText()).resolves.toContain('主持人 王磊');
    await expect(early.locator('[data-action="end-meeting"]').count()).resolves.toBe(0);

    // 张伟 joins while the meeting runs.
    const late = await teacherWithGuide('zhangwei');
    await bar(late, 'running').waitFor();
    await leader.screenshot({ path: path.join(artifacts, 'meeting-running.png') });

    await leader.locator('[data-action="end-meeting"]').click();
    await leader.locator('[data-testid="confirm-end-meeting"]').click();
    await bar(leader, 'ended').waitFor();
    await bar(early, 'ended').waitFor({ timeout: 5_000 });
    await leader.locator('.workflow-actions [data-action="endReview"]').waitFor();
    await expect(leader.locator('[data-testid="end-meeting-first"]').count()).resolves.toBe(0);

    // The leader fills in 地点 and 记录人.
    await bar(leader, 'ended').locator('[data-action="edit-meeting-record"]').click();
    const form = leader.locator('[data-testid="meeting-record-form"]');
    await form.waitFor();
    await expect(form.innerText()).resolves.toMatch(/缺席\s*刘洋/);
    await form.locator('input[name="location"]').fill('三楼数学教研室');
    await form.locator('select[name="recorderId"]').selectOption({ label: '李芳' });
    await leader.screenshot({ path: path.join(artifacts, 'meeting-record-dialog.png') });
    const saved = leader.waitForResponse((response) => response.request().method() === 'PATCH' && /\/meetings\/[^/]+$/.test(response.url()));
    await form.locator('[data-testid="save-meeting-record"]').click();
    expect((await saved).status()).toBe(200);
    await form.waitFor({ state: 'detached' });

    // Members see the record in the versions panel too, without 编辑记录.
    const earlyRecords = early.locator('[data-testid="meeting-records"]');
    await earlyRecords.waitFor();
    await expect(earlyRecords.locator('[data-action="edit-meeting-record"]').count()).resolves.toBe(0);

    const downloading = leader.waitForEvent('download');
    await bar(leader, 'ended').locator('[data-action="download-meeting-record"]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^集体备课活动记录表-19\.2\.2 一次函数（第1课时）-\d{4}-\d{2}-\d{2}\.docx$/);
    const record = await docxText(readFileSync((await download.path())!));

    expect(record).toMatch(/主持人\s+王磊/);
    expect(record).toMatch(/地点\s+三楼数学教研室/);
    expect(record).toMatch(/记录人\s+李芳/);
    const attendees = record.split('\n').find((line) => line.includes('张伟（'));
    expect(attendees).toMatch(/李芳（(不足1分钟|\d+分钟)）/);
    expect(attendees).toMatch(/王磊（(不足1分钟|\d+分钟)）/);
    expect(record).toMatch(/缺席及原因\s+刘洋/);
    expect(record).toMatch(/成果\s+形成研讨稿。未提出修改建议。/);
    await leader.screenshot({ path: path.join(artifacts, 'meeting-ended.png') });
  });
});
