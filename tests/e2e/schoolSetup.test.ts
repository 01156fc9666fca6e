import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newTeacherContext } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';
import { startTestServer, type TestServer } from './helpers/startTestServer.ts';
import { rosterXlsx } from '../helpers/rosterFiles.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const sizes = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'laptop', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

/** Screenshots of the page at each size (test artifacts, looked at by hand). */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.screenshot({ path: path.join(artifacts, `${name}-${size.name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

describe('a school sets itself up', () => {
  const suite = browserSuite();
  let empty: TestServer | undefined;

  afterAll(async () => {
    await empty?.stop();
  });

  it('sets up a school from nothing: the setup page, the first administrator, the roster imported from an .xlsx', async () => {
    empty = await startTestServer({ env: { SEED_DEMO: '0' } });
    const context = await newTeacherContext(suite.browser, empty.url);
    const page = await context.newPage();
    await page.goto('/');
    // Nobody can log in yet: the login page gives way to the setup page.
    await page.getByRole('heading', { name: '首次使用：设置学校' }).waitFor();
    await screenshots(page, 'setup');

    await page.locator('input[name="schoolName"]').fill('育才实验学校');
    await page.locator('input[name="adminName"]').fill('孙丽');
    await page.locator('input[name="username"]').fill('sunli');
    await page.locator('input[name="password"]').fill('jiaowu-2026');
    await page.locator('input[name="confirm"]').fill('jiaowu-2026');
    await page.getByRole('button', { name: '完成设置并登录' }).click();
    await page.getByRole('heading', { name: '教师', exact: true }).waitFor();
    await expect(page.locator('[data-testid="current-user"]').innerText()).resolves.toContain('孙丽');

    await page.getByRole('button', { name: '导入花名册' }).click();
    const roster = await rosterXlsx([
      ['姓名', '工号/用户名', '手机', '学科', '年级', '任教班级'],
      ['陈静', 't001', 13800138000, '语文', '七年级', '七年级(1)班'],
      ['周敏', 't002', '', '语文、道德与法治', '七年级', '七年级(2)班'],
      ['吴刚', 't001', '123', '数学', '七年级', ''],
    ]);
    await page.locator('input[name="roster"]').setInputFiles({ name: '教师花名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(roster) });
    await page.getByText('共 3 行，其中 1 行有错误').waitFor();
    await expect(page.locator('.roster-table tr.is-bad').innerText()).resolves.toContain('与第 2 行的用户名重复');
    await expect(page.getByRole('button', { name: '导入 3 位教师' }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(artifacts, 'roster-preview.png'), fullPage: true });

    await page.locator('input[name="roster"]').setInputFiles({
      name: '教师花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await rosterXlsx([
        ['姓名', '工号/用户名', '手机', '学科', '年级', '任教班级'],
        ['陈静', 't001', 13800138000, '语文', '七年级', '七年级(1)班'],
        ['周敏', 't002', '', '语文、道德与法治', '七年级', '七年级(2)班'],
      ])),
    });
    await page.getByText('共 2 行，全部无误，可以导入。').waitFor();
    await page.getByRole('button', { name: '导入 2 位教师' }).click();
    await page.getByRole('heading', { name: '已导入 2 位教师' }).waitFor();
    await expect(page.locator('.initial-password').count()).resolves.toBe(2);
    await page.locator('tr[data-username="t002"]').waitFor();
    await context.close();
  });

  it('an administrator adds a teacher, who must change the initial password at the first login', async () => {
    const context = await newTeacherContext(suite.browser, suite.server.url);
    const admin = await context.newPage();
    await signIn(admin, 'jiaowu', 'demo1234');
    await admin.getByRole('heading', { name: '我的导学案' }).waitFor();
    await admin.locator('.top-bar-nav').getByRole('link', { name: '教务处' }).click();
    await admin.getByRole('heading', { name: '教师', exact: true }).waitFor();
    await admin.getByRole('button', { name: '添加教师' }).click();
    const form = admin.getByRole('form', { name: '添加教师' });
    await form.locator('input[name="name"]').fill('陈静');
    await form.locator('input[name="username"]').fill('chenjing');
    await form.locator('input[name="password"]').fill('chushi2026');
    await form.locator('input[name="subjects"]').fill('语文、道德与法治');
    await form.getByRole('button', { name: '添加' }).click();
    await admin.getByText('已添加 陈静（chenjing），初始密码：chushi2026').waitFor();
    await expect(admin.locator('tr[data-username="chenjing"]').innerText()).resolves.toContain('待修改初始密码');
    await screenshots(admin, 'teachers');
    await context.close();

    // The teacher, on another computer: sent to change the password before anything else.
    const own = await newTeacherContext(suite.browser, suite.server.url);
    const teacher = await own.newPage();
    await signIn(teacher, 'chenjing', 'chushi2026');
    await teacher.getByText('你正在使用教务处设置的初始密码').waitFor();
    await teacher.goto('/');
    await teacher.getByText('你正在使用教务处设置的初始密码').waitFor();
    await screenshots(teacher, 'change-password');
    await teacher.locator('input[name="current"]').fill('chushi2026');
    await teacher.locator('input[name="next"]').fill('wode-mima-2026');
    await teacher.locator('input[name="confirm"]').fill('wode-mima-2026');
    await teacher.getByRole('button', { name: '保存新密码' }).click();
    await teacher.getByRole('heading', { name: '我的导学案' }).waitFor();
    // A teacher who is not an administrator has no way into the 教务处.
    await expect(teacher.locator('.top-bar-nav').getByRole('link', { name: '教务处' }).count()).resolves.toBe(0);
    await own.close();
  });

  it('sets a term and reads its report, with a bar per teacher against the quota', async () => {
    const context = await newTeacherContext(suite.browser, suite.server.url);
    const admin = await context.newPage();
    await signIn(admin, 'jiaowu', 'demo1234');
    await admin.getByRole('heading', { name: '我的导学案' }).waitFor();
    await admin.goto('/admin/terms');
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const form = admin.getByRole('form', { name: '添加学期' });
    await form.locator('input[name="name"]').fill('本学期');
    await form.locator('input[name="startDate"]').fill(day(-30));
    await form.locator('input[name="endDate"]').fill(day(90));
    await form.getByRole('button', { name: '添加学期' }).click();
    await admin.getByRole('link', { name: '学期报告' }).click();
    await admin.getByRole('heading', { name: '本学期 学期报告' }).waitFor();
    // The seeded guide is 李芳's, due this term: one of the ten a 数学 teacher leads.
    await expect(admin.locator('.report-table tr', { hasText: '李芳' }).locator('.report-bar').first().innerText()).resolves.toContain('1 / 10');
    await screenshots(admin, 'term-report');
    await context.close();
  });
});
