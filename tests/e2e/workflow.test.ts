import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot } from './helpers/repoRoot.ts';
import { browserSuite } from './helpers/browserSuite.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const lessonTitle = '19.3 课题学习 选择方案';

/** A YYYY-MM-DD date as the app shows it in Chinese: 2026年12月2日. */
function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Today in the school's time zone (Asia/Shanghai), where the app dates what happens. */
function schoolToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A date as YYYY-MM-DD in the browser's (and this machine's) local time, `days` from today. */
function localDate(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Clicks into a block's first paragraph and types at its end. */
async function typeInBlock(page: Page, kind: string, text: string): Promise<void> {
  const paragraph = page.locator(`[data-block-kind="${kind}"] .guide-block-body p`).first();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

/** Takes a workflow step from the workflow bar and confirms it; resolves with the server's answer status. */
async function takeStep(page: Page, label: string, expectInDialog: RegExp): Promise<number> {
  await page.locator('.workflow-actions').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.locator('.confirm-transition');
  await dialog.waitFor();
  await expect(dialog.innerText()).resolves.toMatch(expectInDialog);
  const answer = page.waitForResponse((response) => /\/api\/guides\/[^/]+\/transitions$/.test(response.url()));
  await page.locator('[data-testid="confirm-transition"]').click();
  const status = (await answer).status();
  await dialog.waitFor({ state: 'detached' });
  return status;
}

describe('集体备课: assign, draft, review together, finalise, versions, class copies', () => {
  const suite = browserSuite();
  const teacher = (username: string) => suite.teacher(username);

  it('runs one lesson from 分配备课任务 to a class copy, with live access changes', async () => {
    // 1. The leader 王磊 assigns the lesson to 李芳 from the dialog, with a due date already past.
    const leader = await teacher('wanglei');
    const overdueDate = localDate(-2);
    await leader.getByRole('button', { name: '分配备课任务' }).click();
    await leader.locator('input[name="title"]').fill(lessonTitle);
    await leader.locator('input[name="unit"]').fill('第十九章 一次函数');
    await leader.locator('input[name="period"]').fill('第1课时');
    await leader.locator('.template-card[data-template-id="math-new"]').click();
    await leader.locator('[data-testid="lesson-type"]', { hasText: '课型：新授课（由模板决定）' }).waitFor();
    await leader.locator('select[name="leadDrafterId"] option', { hasText: '李芳' }).waitFor({ state: 'attached' });
    await leader.locator('select[name="leadDrafterId"]').selectOption({ label: '李芳' });
    await leader.locator('input[name="dueDate"]').fill(overdueDate);
    await leader.getByRole('button', { name: '分配任务' }).click();
    await leader.waitForURL(/\/guides\/[^/]+$/);
    const guideUrl = new URL(leader.url()).pathname;
    await leader.locator('[data-testid="guide-title"]', { hasText: lessonTitle }).waitFor();
    await leader.locator('.stage-step.is-current[data-step="drafting"]').waitFor();
    await leader.locator('[data-testid="access-state"]', { hasText: '只读：主备初稿阶段只有主备教师可以编辑' }).waitFor();
    await expect(leader.locator('.workflow-actions button').count()).resolves.toBe(0);
    // A second lesson, for 刘洋, already late: the term plan shows it in red.
    const lateLesson = '19.2.3 一次函数（第2课时）';
    const assigned = await leader.request.post('/api/guides', {
      data: {
        title: lateLesson,
        templateId: 'math-new',
        groupId: 'group-math8',
        leadDrafterId: 'user-liuyang',
        dueDate: localDate(-1),
        period: '第2课时',
      },
    });
    expect(assigned.status()).toBe(201);

    // A member may not assign lessons: the API refuses 张伟 as well as the UI hiding the button.
    const member = await teacher('zhangwei');
    await expect(member.getByRole('button', { name: '分配备课任务' }).count()).resolves.toBe(0);
    const refused = await member.request.post('/api/guides', {
      data: { title: '不该出现', templateId: 'math-new', groupId: 'group-math8', leadDrafterId: 'user-zhangwei' },
    });
    expect(refused.status()).toBe(403);

    // 2. 李芳 sees it in 我的备课任务, overdue in red, drafts it and submits it (初稿).
    const drafter = await teacher('lifang');
    const task = drafter.locator('[data-testid="my-tasks"] .task-card', { hasText: lessonTitle });
    await task.waitFor();
    const due = task.locator('.due-date.is-overdue');
    await expect(due.innerText()).resolves.toContain(chineseDate(overdueDate));
    await expect(due.innerText()).resolves.toContain('已逾期');
    await expect(due.evaluate((element) => getComputedStyle(element).color)).resolves.toBe('rgb(201, 42, 42)');
    await task.click();
    await drafter.waitForURL((url) => url.pathname === guideUrl);
    await drafter.locator('[data-testid="access-state"]', { hasText: '你可以编辑' }).waitFor();
    const draftText = '能列出一次函数解决方案选择问题。';
    await typeInBlock(drafter, 'objectives', draftText);
    expect(await takeStep(drafter, '提交审稿', /初稿/)).toBe(200);
    await drafter.locator('.stage-step.is-current[data-step="review"]').waitFor();
    await drafter.locator('[data-testid="version-list"] .version-item', { hasText: '初稿' }).waitFor();

    // 3. 张伟 has the guide open during the review: his typing becomes a suggestion, which
    //    王磊 sees arrive live in his own browser and accepts.
    await leader.goto(guideUrl);
    await leader.locator('[data-testid="suggestion-mode"][data-mode="edit"]').waitFor();
    await member.goto(guideUrl);
    await member.locator('.guide-block').first().waitFor();
    await member.locator('[data-testid="access-state"]', { hasText: '建议模式：集体审稿中' }).waitFor();
    await member.locator('[data-testid="suggestion-mode"][data-mode="suggest"]').waitFor();
    await member.locator('.guide-content[contenteditable="true"]').waitFor();
    const reviewText = '（张伟：建议补充话费套餐的对比表）';
    await typeInBlock(member, 'method', reviewText);
    await member.locator('[data-block-kind="method"] ins.suggest-insert', { hasText: reviewText }).waitFor();
    const suggested = leader.locator('[data-block-kind="method"] ins.suggest-insert', { hasText: reviewText });
    await suggested.waitFor();
    await suggested.hover();
    await expect(suggested.getAttribute('title')).resolves.toMatch(/^张伟 建议插入 · \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    const item = leader.locator('[data-testid="suggestions-panel"] .suggestion-item', { hasText: reviewText });
    await expect(item.innerText()).resolves.toContain('张伟 建议插入');
    await leader.locator('[data-block-kind="objectives"]', { hasText: draftText }).waitFor();
    mkdirSync(artifacts, { recursive: true });
    await leader.screenshot({ path: path.join(artifacts, 'review-suggestion.png') });
    await item.getByRole('button', { name: '接受', exact: true }).click();
    await member.locator('[data-block-kind="method"]', { hasText: reviewText }).waitFor();
    await member.waitForFunction(() => document.querySelectorAll('.guide-content ins.suggest-insert').length === 0);
    await leader.locator('[data-testid="suggestions-panel"]', { hasText: '暂无待处理的建议' }).waitFor();

    // 4. 王磊 ends the review: 张伟's open editor turns read-only at once, without a reload, and says why.
    await member.evaluate(() => {
      (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
    });
    expect(await takeStep(leader, '结束研讨', /研讨稿/)).toBe(200);
    await member.waitForFunction(
      () => document.querySelector('.guide-content')?.getAttribute('contenteditable') === 'false',
      undefined,
      { timeout: 1_000 },
    );
    const banner = member.locator('[data-testid="access-change-banner"]');
    await banner.waitFor({ timeout: 1_000 });
    await expect(banner.innerText()).resolves.toContain('组长已结束研讨，导学案进入修改完善阶段：你现在只能阅读');
    await member.locator('[data-testid="access-state"]', { hasText: '只读：修改完善阶段只有备课组长和主备教师可以编辑' }).waitFor();
    await member.locator('.stage-step.is-current[data-step="revising"]').waitFor();
    await expect(
      member.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage),
    ).resolves.toBe(true);
    // Typing does nothing now.
    await member.locator('[data-block-kind="method"] .guide-block-body p').first().click();
    await member.keyboard.insertText('不应写入');
    await expect(member.locator('[data-block-kind="method"]').innerText()).resolves.not.toContain('不应写入');
    mkdirSync(artifacts, { recursive: true });
    await member.evaluate(() => window.scrollTo(0, 0));
    await member.screenshot({ path: path.join(artifacts, 'workflow-readonly.png') });

    // 5. 王磊 finalises: 定稿 v1, and the header shows him as 审核人 with today's date.
    await leader.locator('.stage-step.is-current[data-step="revising"]').waitFor();
    expect(await takeStep(leader, '定稿', /定稿 v1[\s\S]*审核人/)).toBe(200);
    await leader.locator('.stage-step.is-current[data-step="final"]').waitFor();
    await expect(leader.locator('[data-fact="reviewer"]').innerText()).resolves.toMatch(/审核人\s*王磊/);
    await expect(leader.locator('[data-fact="reviewedAt"]').innerText()).resolves.toContain(chineseDate(schoolToday()));
    await expect(leader.locator('[data-fact="leadDrafter"]').innerText()).resolves.toMatch(/主备人\s*李芳/);
    // His own step needs no banner: the confirm dialog said what would happen.
    await expect(leader.locator('[data-testid="access-change-banner"]').count()).resolves.toBe(0);

    // 6. The version list: 初稿, 研讨稿, 定稿 v1 with author and time.
    const versions = leader.locator('[data-testid="version-list"] .version-item[data-version]');
    await versions.nth(2).waitFor();
    await expect(versions.locator('.version-label').allInnerTexts()).resolves.toEqual(['初稿', '研讨稿', '定稿 v1']);
    const metas = await versions.locator('.version-meta').allInnerTexts();
    expect(metas[0]).toMatch(/^李芳 · \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    expect(metas[2]).toMatch(/^王磊 · /);
    await leader.evaluate(() => window.scrollTo(0, 0));
    await leader.screenshot({ path: path.join(artifacts, 'version-list.png') });
    await leader.locator('[data-testid="workflow-bar"]').screenshot({ path: path.join(artifacts, 'workflow-bar.png') });

    // Opening 定稿 v1 shows it read-only, with what was written during drafting and review.
    await versions.filter({ hasText: '定稿 v1' }).click();
    await leader.waitForURL(/\/versions\/\d+$/);
    const versionBanner = leader.locator('[data-testid="version-banner"]');
    await versionBanner.waitFor();
    await expect(versionBanner.innerText()).resolves.toMatch(/历史版本 · 定稿 v1 · 王磊 · \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} · 只读/);
    await leader.locator('.guide-content[contenteditable="false"]').waitFor();
    await leader.locator('[data-block-kind="objectives"]', { hasText: draftText }).waitFor();
    await leader.locator('[data-block-kind="method"]', { hasText: reviewText }).waitFor();
    await expect(leader.locator('.block-actions').count()).resolves.toBe(0);
    await leader.screenshot({ path: path.join(artifacts, 'version-view.png') });

    // 7. 张伟 makes his class copy for 八年级(3)班 (his guide page followed the stage change).
    await member.locator('.stage-step.is-current[data-step="final"]').waitFor();
    const copyButton = member.locator('[data-testid="class-copies"]').getByRole('button', { name: '为 八年级(3)班 复备' });
    await copyButton.click();
    await member.waitForURL(/\/copies\/[^/]+$/);
    const copyUrl = new URL(member.url()).pathname;
    await member.locator('[data-testid="copy-title"]', { hasText: '八年级(3)班 · 二次备课 · 基于 定稿 v1' }).waitFor();
    await member.locator('[data-testid="access-state"]', { hasText: '你可以编辑' }).waitFor();
    await member.locator('.guide-content[contenteditable="true"]').waitFor();
    await member.locator('[data-block-kind="method"]', { hasText: reviewText }).waitFor();
    const copyText = '（3班：先复习一次函数图象，再分组讨论）';
    await typeInBlock(member, 'keyPoints', copyText);
    await member.locator('[data-block-kind="keyPoints"]', { hasText: copyText }).waitFor();

    // The server has it (not only this computer's IndexedDB copy), and it is there after a reload.
    const copyId = copyUrl.split('/').pop()!;
    await expect
      .poll(async () => JSON.stringify(await (await member.request.get(`/api/copies/${copyId}/content`)).json()), {
        timeout: 10_000,
      })
      .toContain(copyText);
    await member.reload();
    await member.locator('[data-block-kind="keyPoints"]', { hasText: copyText }).waitFor();
    await member.locator('.connection-indicator[data-status="connected"]').waitFor();
    await member.evaluate(() => window.scrollTo(0, 0));
    await member.screenshot({ path: path.join(artifacts, 'copy-editor.png') });

    // The group reads the copy; only its teacher edits it.
    await leader.goto(copyUrl);
    await leader.locator('[data-block-kind="keyPoints"]', { hasText: copyText }).waitFor();
    await leader.locator('.guide-content[contenteditable="false"]').waitFor();
    await leader.locator('[data-testid="access-state"]', { hasText: '只读：八年级(3)班的二次备课只有上课教师张伟可以编辑' }).waitFor();

    // The guide lists the copy for everyone in the group.
    await leader.goto(guideUrl);
    await leader.locator('[data-testid="class-copies"] .copy-item', { hasText: '八年级(3)班' }).waitFor();
    await expect(leader.locator('[data-testid="class-copies"] .copy-item').innerText()).resolves.toMatch(/张伟[\s\S]*基于 定稿 v1/);

    // 8. The term plan: every lesson with its lead drafter, due date, stage and version.
    await leader.getByRole('navigation').getByRole('link', { name: '学期备课计划' }).click();
    await leader.waitForURL(/\/groups\/[^/]+\/plan$/);
    const planRow = leader.locator('.plan-row', { hasText: lessonTitle });
    await planRow.waitFor();
    await expect(planRow.innerText()).resolves.toMatch(/李芳[\s\S]*定稿[\s\S]*定稿 v1/);
    await expect(leader.locator('.plan-row', { hasText: '19.2.2 一次函数（第1课时）' }).innerText()).resolves.toContain('主备初稿');
    const lateRow = leader.locator('.plan-row', { hasText: lateLesson });
    await expect(lateRow.innerText()).resolves.toMatch(/刘洋[\s\S]*已逾期[\s\S]*主备初稿/);
    await lateRow.locator('.due-date.is-overdue').waitFor();
    await leader.screenshot({ path: path.join(artifacts, 'term-plan.png') });
  });
});
