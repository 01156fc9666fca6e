import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');
const mathFixture = path.join(repoRoot, 'tests/fixtures/guides/01_math_rj8x_yicihanshu_student.docx');

/** Answers of the seeded guide that appear nowhere else in it. */
const seededAnswers = ['c = 7t − 35', 'G = h − 105', 'Q = 50 − 0.08s', 'y = 1.6x + 3.2'];
/** The first words of the seeded guide's teacher-only 精讲点拨 block. */
const teacherBlockText = '针对展示中暴露的共性问题点拨';

async function printedText(page: Page): Promise<string> {
  return page.locator('.printed-guide').innerText();
}

describe('printing a guide', () => {
  const suite = browserSuite();
  let workDir: string;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-print-'));
  });

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('previews the 学生版 without answers or teacher-only blocks and the 教师版 with them, marked', async () => {
    const page = await suite.teacher('wanglei');
    await openGuide(page, seededGuideTitle);

    await page.getByRole('link', { name: '打印预览 学生版' }).click();
    const student = page.locator('.printed-guide[data-edition="student"]');
    await student.waitFor();
    const studentText = await printedText(page);
    for (const answer of seededAnswers) expect(studentText).not.toContain(answer);
    expect(studentText).not.toContain(teacherBlockText);
    expect(studentText).not.toContain('【答案】');
    expect(studentText).not.toContain('【教师用】');
    await expect(student.locator('.printed-answer').count()).resolves.toBe(0);
    await expect(student.locator('[data-kind="teacherInput"]').count()).resolves.toBe(0);
    for (const label of ['课题', '课型', '课时', '主备', '审核', '授课时间', '班级', '小组', '姓名']) {
      await student.locator('.printed-header-table th', { hasText: label }).first().waitFor();
    }
    await expect(student.locator('td[data-field="studentName"]').innerText()).resolves.toBe('');
    expect(studentText).toContain('二、重点难点');
    expect(studentText).toMatch(/【A组】\s*下列说法正确的是/);
    expect(await student.locator('.answer-line').count()).toBeGreaterThan(10);
    const breakInside = await student.locator('.printed-question').first().evaluate((element) => getComputedStyle(element).breakInside);
    expect(breakInside).toBe('avoid');

    await page.locator('.print-edition-switch').getByRole('link', { name: '教师版' }).click();
    const teacher = page.locator('.printed-guide[data-edition="teacher"]');
    await teacher.waitFor();
    const teacherText = await printedText(page);
    for (const answer of seededAnswers) expect(teacherText).toContain(answer);
    expect(teacherText).toContain(teacherBlockText);
    const teacherBlock = teacher.locator('[data-kind="teacherInput"]');
    await expect(teacherBlock.locator('.teacher-mark').innerText()).resolves.toContain('【教师用】');
    expect(await teacher.locator('.printed-answer').count()).toBeGreaterThan(15);
    const answerColour = await teacher.locator('.printed-answer').first().evaluate((element) => getComputedStyle(element).color);
    expect(answerColour).toBe('rgb(192, 0, 0)');
    await page.context().close();
  });

  it('prints the 学生版 to an A4 PDF that reads as a real guide, and keeps its first page as an image', async () => {
    const page = await suite.teacher('wanglei');
    await openGuide(page, seededGuideTitle);
    await page.getByRole('link', { name: '打印预览 学生版' }).click();
    await page.locator('.printed-guide[data-edition="student"]').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => true));

    const pdfPath = path.join(workDir, 'student.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [pdfPath]).toString();
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);

    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdfPath, path.join(workDir, 'page')]);
    const image = readdirSync(workDir).find((name) => /^page-0*1\.png$/.test(name));
    expect(image).toBeDefined();
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(path.join(workDir, image!), path.join(artifacts, 'print-student-page1.png'));

    // The toolbar is screen-only: the printed text starts with the guide itself.
    const firstPageText = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdfPath, '-']).toString();
    expect(firstPageText).not.toContain('打印');
    expect(firstPageText).toContain('19.2.2 一次函数（第1课时）');
    expect(firstPageText).toContain('一、学习目标（1分钟）');
    await page.context().close();
  });

  it('imports a teacher’s Word guide after showing how its headings map, and opens it in the editor', async () => {
    const page = await suite.teacher('wanglei');
    await page.getByRole('link', { name: '导入 Word' }).click();
    await page.getByRole('heading', { name: '导入 Word 导学案' }).waitFor();

    await page.locator('input[type="file"]').setInputFiles(mathFixture);
    const preview = page.locator('[data-testid="import-preview"]');
    await preview.waitFor();
    const rows = preview.locator('tbody tr');
    const kinds = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-kind')));
    expect(kinds).toEqual(['objectives', 'keyPoints', 'method', 'priorKnowledge', 'selfStudy', 'mutualLearning', 'teacherInput', 'check', 'summary', 'reflection']);
    await expect(rows.filter({ hasText: '当堂检测' }).innerText()).resolves.toMatch(/8 分钟[\s\S]*3[\s\S]*A \/ B/);
    await expect(page.getByLabel('课题').inputValue()).resolves.toBe('19.2.2 一次函数（第1课时）');
    await page.getByLabel('课题').fill('一次函数的概念（导入）');
    mkdirSync(artifacts, { recursive: true });
    // A viewport tall enough for the whole preview, so the sticky top bar stays at the top of the picture.
    await page.setViewportSize({ width: 1366, height: 1600 });
    await page.screenshot({ path: path.join(artifacts, 'import-preview.png') });

    await page.getByRole('button', { name: '创建导学案' }).click();
    await page.waitForURL(/\/guides\/[a-z0-9]+$/);
    await page.locator('.guide-block').first().waitFor();
    await expect(page.getByTestId('guide-title').innerText()).resolves.toBe('一次函数的概念（导入）');
    const editorKinds = await page.locator('.guide-block').evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-block-kind')));
    expect(editorKinds).toEqual(kinds);
    await page.locator('[data-block-kind="check"] .question').nth(2).waitFor();
    await expect(page.locator('[data-block-kind="check"]').innerText()).resolves.toContain('汽车油箱中有油50 L');
    await page.context().close();
  });
});
