import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import { formatSchoolDateTime } from '../../shared/time/schoolTime.ts';
import { loginAs as apiLogin } from '../helpers/api.ts';
import { newTeacherContext, openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');
/** 19 hours behind Beijing: a time there never reads like Beijing's. */
const schoolZone = 'Pacific/Pago_Pago';

describe('学校设置: the school’s time zone', () => {
  const suite = browserSuite();

  it('lets the 教务处 choose it, and the teachers’ version list then gives times on the school’s clock', async () => {
    // The seeded guide gets its 初稿.
    const drafterApi = await apiLogin(suite.server, 'lifang');
    const guide = (await drafterApi.get<Guide[]>('/api/guides')).body.find((candidate) => candidate.title === seededGuideTitle)!;
    expect((await drafterApi.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    const draft = (await drafterApi.get<Guide>(`/api/guides/${guide.id}`)).body.versions[0]!;

    const leader = await suite.teacher('wanglei');
    await openGuide(leader, seededGuideTitle);
    const entry = leader.locator('[data-testid="version-list"] .version-entry', { hasText: '初稿' }).first();
    await expect.poll(() => entry.innerText()).toContain(formatSchoolDateTime(draft.createdAt, 'zh-CN', 'Asia/Shanghai'));

    // 赵敏 (教务处) sets the zone in 学校设置.
    const context = await newTeacherContext(suite.browser, suite.server.url);
    const admin = await context.newPage();
    await admin.goto('/login');
    await admin.locator('input[name="username"]').fill('jiaowu');
    await admin.locator('input[name="password"]').fill('demo1234');
    await admin.getByRole('button', { name: '登录', exact: true }).click();
    await admin.waitForURL((url) => !url.pathname.startsWith('/login'));
    await admin.goto('/admin');
    await admin.getByRole('link', { name: '学校设置' }).click();
    const form = admin.locator('[data-testid="school-settings"]');
    await form.waitFor();
    await expect(form.locator('select[name="timeZone"]').inputValue()).resolves.toBe('Asia/Shanghai');
    await form.locator('select[name="timeZone"]').selectOption(schoolZone);
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByRole('status').filter({ hasText: schoolZone }).waitFor();
    await admin.screenshot({ path: path.join(artifacts, 'school-time-zone.png') });
    await context.close();

    // The teacher's next visit shows the 初稿's time as the school's clock read it.
    await leader.reload();
    await leader.locator('.guide-block').first().waitFor();
    await expect.poll(() => entry.innerText()).toContain(formatSchoolDateTime(draft.createdAt, 'zh-CN', schoolZone));
  });
});
