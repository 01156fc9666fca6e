import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const artifacts = path.join(repoRoot, 'tests/artifacts');
const pagePath = '/groups/group-math8/label-synonyms';

describe('the import heading dictionary (导入标题词典)', () => {
  // browserSuite() creates tests/artifacts, where the screenshots go.
  const suite = browserSuite();

  it('lets the leader add a label to 自主学习, save it and find it after a reload', async () => {
    const page = await suite.teacher('wanglei');
    await page.goto('/import');
    await page.getByRole('link', { name: '管理标题词典' }).click();
    await page.getByRole('heading', { name: '导入标题词典' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(pagePath);

    const selfStudy = page.locator('.kind-labels[data-kind="selfStudy"]');
    await expect(selfStudy.getByRole('heading').innerText()).resolves.toBe('自主学习');
    await expect(selfStudy.getByTestId('kind-source').innerText()).resolves.toBe('默认');
    await expect(page.locator('.kind-labels').count()).resolves.toBe(13);

    await selfStudy.getByLabel('为“自主学习”添加标签').fill('新知探究');
    await selfStudy.getByRole('button', { name: '添加' }).click();
    await selfStudy.locator('.label-chip', { hasText: '新知探究' }).waitFor();
    await expect(selfStudy.getByTestId('kind-source').innerText()).resolves.toBe('本校词典');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    await page.reload();
    await selfStudy.locator('.label-chip', { hasText: '新知探究' }).waitFor();
    await expect(selfStudy.getByTestId('kind-source').innerText()).resolves.toBe('本校词典');
    await expect(page.locator('.kind-labels[data-kind="objectives"]').getByTestId('kind-source').innerText()).resolves.toBe('默认');

    // The same label for a second kind: the server's error shows next to that kind.
    const mutual = page.locator('.kind-labels[data-kind="mutualLearning"]');
    await mutual.getByLabel('为“合作探究”添加标签').fill('新知探究');
    await mutual.getByRole('button', { name: '添加' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await mutual.locator('.kind-labels-error').waitFor();
    await expect(mutual.locator('.kind-labels-error').innerText()).resolves.toContain('已属于');
    await expect(mutual.locator('.label-chip.is-invalid').innerText()).resolves.toContain('新知探究');
    await mutual.getByRole('button', { name: '恢复默认' }).click();
    await expect(mutual.locator('.kind-labels-error').count()).resolves.toBe(0);
    await expect(mutual.getByTestId('kind-source').innerText()).resolves.toBe('默认');

    await expect(page.getByText('有未保存的修改').count()).resolves.toBe(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(artifacts, 'label-synonyms.png'), fullPage: true });
    await page.context().close();
  });

  it('shows a member the dictionary read-only', async () => {
    const page = await suite.teacher('zhangwei');
    await page.goto(pagePath);
    await page.getByRole('heading', { name: '导入标题词典' }).waitFor();
    await page.getByRole('note').filter({ hasText: '只有备课组长可以修改标题词典' }).waitFor();
    const selfStudy = page.locator('.kind-labels[data-kind="selfStudy"]');
    await selfStudy.locator('.label-chip', { hasText: '新知探究' }).waitFor();
    await expect(page.locator('.kind-labels input').count()).resolves.toBe(0);
    await expect(page.locator('.label-chip-remove').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '保存' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '恢复默认' }).count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(artifacts, 'label-synonyms-member.png'), fullPage: true });
    await page.context().close();
  });
});
