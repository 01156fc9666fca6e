import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

/** A 学案 | 导案 guide as teachers write it: the student column on the left, the teacher's (with the answers) on the right. */
async function twoColumnGuide(): Promise<Buffer> {
  const cell = (lines: string[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((text) => new Paragraph(text)) });
  const row = (student: string[], teacher: string[]) => new TableRow({ children: [cell(student), cell(teacher)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('课题：春　课型：新授课　课时：第1课时'),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row(['学案'], ['导案']),
              row(['【学习目标】', '1．有感情地朗读课文，体会作者对春天的赞美。'], ['以读带讲，板书五幅春景图。']),
              row(['【自主学习】', '1．给加点字注音：酝酿（________）', '2．文中写了哪几幅春景图？________'], ['答案：1．yùn niàng　2．春草图、春花图、春风图、春雨图、迎春图']),
              row(['【当堂检测】', '1．下列句子运用比喻的一项是（　　）A．小草偷偷地从土里钻出来　B．春天像小姑娘'], ['答案：1．B']),
              row(['【课堂小结】', '抓住景物特点，按一定顺序写景。'], ['小结时请学生先说，教师再补充板书要点。']),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('importing a 学案 | 导案 Word guide (导入 Word)', () => {
  const suite = browserSuite();
  let workDir: string;
  let file: string;

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-import-'));
    file = path.join(workDir, '春.docx');
    writeFileSync(file, await twoColumnGuide());
  });

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('lets the leader change a block’s kind and mark a part teacher-only, and the 学生版 prints no answers', async () => {
    const page = await suite.teacher('wanglei');
    await page.goto('/import');
    await page.locator('input[type="file"]').setInputFiles(file);
    const table = page.getByTestId('import-preview');
    await table.waitFor();
    await expect(page.getByLabel('课题', { exact: true }).inputValue()).resolves.toBe('春');

    await page.getByLabel('“课堂小结”的模块类型').selectOption('reflection');
    await page.getByLabel('“课堂小结”的用途').selectOption('teacher');
    await page.screenshot({ path: path.join(repoRoot, 'tests/artifacts/import-preview.png'), fullPage: true });

    await page.getByRole('button', { name: '创建导学案' }).click();
    await page.waitForURL(/\/guides\/[^/]+$/);
    await page.getByRole('link', { name: '打印预览 学生版' }).click();
    const student = page.locator('.printed-guide[data-edition="student"]');
    await student.waitFor();
    const printed = await student.innerText();
    expect(printed).toContain('有感情地朗读课文');
    expect(printed).toContain('文中写了哪几幅春景图');
    for (const hidden of ['yùn niàng', '春草图、春花图', '以读带讲', '教师再补充板书要点', '抓住景物特点']) expect(printed).not.toContain(hidden);
    await expect(student.locator('.printed-answer').count()).resolves.toBe(0);

    await page.locator('.print-edition-switch').getByRole('link', { name: '教师版' }).click();
    const teacher = page.locator('.printed-guide[data-edition="teacher"]');
    await teacher.waitFor();
    const teacherText = await teacher.innerText();
    for (const shown of ['yùn niàng', '以读带讲', '抓住景物特点']) expect(teacherText).toContain(shown);
  });

  it('lets the leader merge two blocks, split one and fix the header before creating the guide', async () => {
    const page = await suite.teacher('wanglei');
    await page.goto('/import');
    await page.locator('input[type="file"]').setInputFiles(file);
    const table = page.getByTestId('import-preview');
    await table.waitFor();

    // 【自主学习】 holds two items: the second becomes a block of its own.
    await page.getByRole('button', { name: '拆分“自主学习”' }).click();
    const splitForm = page.getByRole('group', { name: '拆分“自主学习”' });
    await splitForm.getByLabel('新模块从这一段开始').selectOption({ index: 0 });
    await splitForm.getByLabel('新模块标题').fill('整体感知');
    await splitForm.getByLabel('新模块类型').selectOption('mutualLearning');
    await splitForm.getByRole('button', { name: '拆分', exact: true }).click();
    await expect(table.locator('tr.import-split-part').innerText()).resolves.toContain('整体感知');

    // 【课堂小结】 goes into 【当堂检测】 above it.
    await page.getByLabel('“课堂小结”并入上一模块').check();
    await expect(table.locator('tr[data-merged="true"]').innerText()).resolves.toContain('并入“当堂检测”');

    const header = page.getByTestId('import-header');
    await header.getByLabel('主备人').fill('朱老师');
    await header.getByLabel('学科').fill('语文');
    await page.screenshot({ path: path.join(repoRoot, 'tests/artifacts/import-merge-split.png'), fullPage: true });

    await page.getByRole('button', { name: '创建导学案' }).click();
    await page.waitForURL(/\/guides\/[^/]+$/);
    const guideId = /\/guides\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    const content = await page.evaluate(async (id) => (await fetch(`/api/guides/${id}/content`)).json(), guideId);
    const blocks = (content.content as { type: string; attrs: { title: string }; content: unknown[] }[]).map((block) => [block.type, block.attrs.title, JSON.stringify(block.content)]);
    expect(blocks.map(([type, title]) => [type, title])).toEqual([
      ['objectives', '学习目标'],
      ['selfStudy', '自主学习'],
      ['mutualLearning', '整体感知'],
      ['check', '当堂检测'],
    ]);
    expect(blocks[1][2]).toContain('酝酿');
    expect(blocks[1][2]).not.toContain('春景图');
    expect(blocks[2][2]).toContain('春景图');
    expect(blocks[3][2]).toContain('抓住景物特点');

    const facts = page.locator('.guide-facts');
    await expect(facts.locator('[data-fact="leadDrafter"] dd').innerText()).resolves.toBe('朱老师');
    await expect(facts.locator('[data-fact="subject"] dd').innerText()).resolves.toBe('语文');
  });

  it('lets the lead drafter import a Word file into the lesson assigned to them', async () => {
    // 李芳 drafts the seeded lesson 19.2.2 一次函数（第1课时）.
    const page = await suite.teacher('lifang');
    await openGuide(page, '19.2.2 一次函数（第1课时）');
    await page.getByRole('link', { name: '从 Word 导入' }).click();
    await page.getByRole('heading', { name: '把 Word 导入本课：19.2.2 一次函数（第1课时）' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('button', { name: '导入到本课' }).click();
    await page.waitForURL(/\/guides\/[^/?]+$/);
    await page.locator('.guide-block[data-block-kind="selfStudy"]').waitFor();
    await expect(page.getByTestId('guide-title').innerText()).resolves.toBe('19.2.2 一次函数（第1课时）');
    await expect(page.locator('.guide-block[data-block-kind="selfStudy"]').innerText()).resolves.toContain('酝酿');
  });
});
