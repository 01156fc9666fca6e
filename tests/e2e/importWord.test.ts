import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
