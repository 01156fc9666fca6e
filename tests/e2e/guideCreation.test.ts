import { describe, expect, it } from 'vitest';
import { newTeacherContext } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { readTemplate } from './helpers/readTemplate.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';

describe('我的导学案 and creating a guide', () => {
  const suite = browserSuite();

  it('lists the seeded guide with its subject, grade, lead drafter and stage after a one-click demo login', async () => {
    const page = await suite.teacher('wanglei');

    const row = page.locator('.guide-row', { hasText: seededGuideTitle });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/数学 \/ 八年级/);
    await expect(row.innerText()).resolves.toContain('李芳');
    await expect(row.innerText()).resolves.toContain('主备初稿');
    await expect(page.locator('[data-testid="current-user"]').innerText()).resolves.toContain('王磊');
    await page.context().close();
  });

  it('switches the interface to English and back to Chinese from the top bar', async () => {
    const page = await suite.teacher('wanglei');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My guides' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '我的导学案' }).waitFor();
    await page.context().close();
  });

  it('shows 分配备课任务 only to the group leader', async () => {
    const page = await suite.teacher('lifang');
    await page.locator('.guide-row', { hasText: seededGuideTitle }).waitFor();
    // 李芳 is the seeded guide's lead drafter: it is her task, not the leader's.
    await page.locator('[data-testid="my-tasks"] .task-card', { hasText: seededGuideTitle }).waitFor();
    await expect(page.getByRole('button', { name: '分配备课任务' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('assigns a lesson to a lead drafter, who finds it in 我的备课任务 and drafts it from the template', async () => {
    const template = readTemplate('general');
    const title = '19.3 一次函数与方程、不等式';
    const page = await suite.teacher('wanglei');
    await expect(page.locator('[data-testid="my-tasks"] .task-card').count()).resolves.toBe(0);

    await page.getByRole('button', { name: '分配备课任务' }).click();
    const card = page.locator(`.template-card[data-template-id="${template.id}"]`);
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain(template.name);
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="unit"]').fill('第十九章 一次函数');
    await page.locator('input[name="period"]').fill('第1课时');
    await card.click();
    // The template fixes the 课型.
    await page.locator('[data-testid="lesson-type"]', { hasText: `课型：${template.lessonType}（由模板决定）` }).waitFor();
    await page.locator('select[name="leadDrafterId"] option', { hasText: '张伟' }).waitFor({ state: 'attached' });
    await page.locator('select[name="leadDrafterId"]').selectOption({ label: '张伟' });
    await page.locator('input[name="dueDate"]').fill('2026-12-01');
    await page.getByRole('button', { name: '分配任务' }).click();

    // The leader lands on the new guide: it is 张伟's draft now, so 王磊 reads it.
    await page.waitForURL(/\/guides\/[^/]+$/);
    await page.locator('[data-testid="guide-title"]', { hasText: title }).waitFor();
    await page.locator('.guide-block').nth(template.blocks.length - 1).waitFor();
    await expect(page.locator('.guide-block').count()).resolves.toBe(template.blocks.length);
    await page.locator('[data-testid="access-state"]', { hasText: '只读：主备初稿阶段只有主备教师可以编辑' }).waitFor();
    await expect(page.locator('.guide-facts [data-fact="leadDrafter"]').innerText()).resolves.toMatch(/主备人\s*张伟/);
    await expect(page.locator('.guide-facts').innerText()).resolves.toMatch(/八年级/);
    await page.context().close();

    // 张伟 finds the lesson in 我的备课任务 with its due date and drafts it.
    const drafter = await suite.teacher('zhangwei');
    const task = drafter.locator('[data-testid="my-tasks"] .task-card', { hasText: title });
    await task.waitFor();
    await expect(task.innerText()).resolves.toContain('2026年12月1日');
    await task.click();
    await drafter.locator('[data-testid="guide-title"]', { hasText: title }).waitFor();
    const blocks = drafter.locator('.guide-block');
    await blocks.nth(template.blocks.length - 1).waitFor();
    await expect(blocks.count()).resolves.toBe(template.blocks.length);
    await drafter.locator('[data-testid="access-state"]', { hasText: '你可以编辑' }).waitFor();

    const titles = await drafter.locator('.block-title-input').evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(titles).toEqual(template.blocks.map((block) => block.title));
    const minutes = await drafter.locator('.block-minutes input').evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    expect(minutes).toEqual(template.blocks.map((block) => (block.minutes === null ? '' : String(block.minutes))));

    const total = template.blocks.reduce((sum, block) => sum + (block.minutes ?? 0), 0);
    await drafter.locator('[data-testid="minutes-total"]', { hasText: `合计 ${total} / ${template.periodMinutes} 分钟` }).waitFor();

    const teacherOnly = template.blocks.findIndex((block) => block.audience === 'teacher');
    await expect(blocks.nth(teacherOnly).locator('.audience-badge').innerText()).resolves.toBe('仅教师可见');
    // An empty block shows the template's hint, greyed, where the teacher will write.
    await expect(blocks.first().locator('p.block-hint').getAttribute('data-hint')).resolves.toBe(template.blocks[0].hint);

    await drafter.goto('/');
    await drafter.locator('.guide-row', { hasText: title }).waitFor();
    await drafter.context().close();
  });

  it('shows the server’s message on the login page after too many failed sign-ins', async () => {
    // Not logged in: a context of its own rather than a teacher's.
    const context = await newTeacherContext(suite.browser, suite.server.url);
    const page = await context.newPage();
    await page.goto('/login');
    await page.locator('input[name="username"]').fill('liuyang');
    await page.locator('input[name="password"]').fill('wrong-password');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
      await page.getByRole('button', { name: '登录', exact: true }).click();
      expect((await answer).status()).toBe(401);
    }
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.locator('.form-error', { hasText: /登录失败次数过多/ }).waitFor();
    await context.close();
  });
});
