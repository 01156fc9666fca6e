import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts/rich-content');
const figureSrc = `/api/files/${'ab'.repeat(32)}`;

/** Adds an 其他 block at the end of the guide and puts the caret in its empty paragraph. */
async function addBlock(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '添加模块' }).click();
  await page.getByRole('menuitem').filter({ hasText: /^其他/ }).click();
  const block = page.locator('[data-block-kind="section"]').last();
  await block.waitFor();
  await block.locator('.guide-block-body p').first().click();
  return block;
}

/** Pastes HTML as Word or WPS puts it on the clipboard. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.locator('.guide-content').evaluate((element, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', content.replace(/<[^>]+>/g, ''));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** Prints the open preview to a PDF in the artifacts, with its pages as PNG images to look at. */
async function printToArtifacts(page: Page, name: string): Promise<string> {
  await page.evaluate(() => document.fonts.ready.then(() => true));
  const pdfPath = path.join(artifacts, `${name}.pdf`);
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, path.join(artifacts, name)]);
  return execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
}

describe('real guide content: formulas, blanks, tables, superscript', () => {
  const suite = browserSuite();

  it('a teacher builds a 数学 item with the palette, a blank, 上标 and a table, and another teacher sees it live; both editions print', async () => {
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    const author = await suite.teacher('lifang');
    const reader = await suite.teacher('wanglei');
    await openGuide(author, seededGuideTitle);
    await openGuide(reader, seededGuideTitle);

    const block = await addBlock(author);
    await author.keyboard.type('已知 a = ');

    // A fraction and a root from the palette, typed into MathLive's field.
    await author.getByRole('button', { name: '插入公式' }).click();
    const field = author.locator('math-field');
    await field.waitFor();
    await author.getByRole('button', { name: '分数', exact: true }).click();
    await author.keyboard.type('1');
    await author.keyboard.press('Tab');
    await author.keyboard.type('2');
    await author.keyboard.press('ArrowRight');
    await author.getByRole('button', { name: '平方根', exact: true }).click();
    await author.keyboard.type('3');
    // The LaTeX field follows the math field; wait for it to hold the root of 3.
    await author.waitForFunction(() => /\\sqrt\{?3/.test(document.querySelector<HTMLTextAreaElement>('.formula-source textarea')?.value ?? ''));
    const latex = await author.locator('.formula-source textarea').inputValue();
    expect(latex).toMatch(/\\frac/);
    expect(latex).toMatch(/\\sqrt/);
    await author.locator('.formula-preview .katex .mfrac').waitFor();
    await author.screenshot({ path: path.join(artifacts, 'formula-editor-1366.png') });
    await author.getByRole('button', { name: '插入', exact: true }).click();
    const formula = block.locator('.math-node.is-inline');
    await formula.locator('.katex .mfrac').waitFor();
    await formula.locator('.katex .sqrt').waitFor();
    await expect(formula.getAttribute('data-latex')).resolves.toBe(latex);

    // 上标 with Word's shortcut, then ____ becomes a blank whose answer only teachers see.
    await author.keyboard.type('，则 a');
    await author.keyboard.press('Control+.');
    await author.keyboard.type('2');
    await author.keyboard.press('Control+.');
    await author.keyboard.type(' = ____');
    const blank = block.locator('.blank-node');
    await blank.waitFor();
    await author.keyboard.type('。');
    await expect(block.locator('p sup').first().innerText()).resolves.toBe('2');
    await blank.click();
    await author.getByRole('dialog', { name: '填空' }).getByLabel('答案（仅教师版显示）').fill('3/4');
    await author.getByRole('dialog', { name: '填空' }).getByRole('button', { name: '确定' }).click();
    await expect(blank.getAttribute('data-answer')).resolves.toBe('3/4');

    // Pasted from Word / WPS: superscript and subscript stay, and a figure of this server stays too.
    await author.keyboard.press('End');
    await author.keyboard.press('Enter');
    await pasteHtml(
      author,
      `<p>x<sup>2</sup> + y<span style="vertical-align: sub">1</span> = H<sub>2</sub>O</p><p><img src="${figureSrc}" width="160" alt="坐标系"><img src="https://elsewhere.example/a.png"></p>`,
    );
    await block.locator('p sub', { hasText: '1' }).waitFor();
    await expect(block.locator('p sup', { hasText: '2' }).count()).resolves.toBe(2);
    await expect(block.locator(`img[src="${figureSrc}"]`).count()).resolves.toBe(1);
    await expect(block.locator('img[src^="https://elsewhere"]').count()).resolves.toBe(0);

    // A table: add a row, merge two cells, Tab past the last cell adds another row.
    await block.locator('.guide-block-body > div > p').last().click();
    await author.keyboard.press('End');
    await author.getByRole('button', { name: '插入表格' }).click();
    const table = block.locator('table');
    await table.waitFor();
    await author.locator('.table-tools').waitFor();
    await author.getByRole('button', { name: '在下方插入行' }).click();
    await table.locator('tr').nth(3).waitFor();
    await expect(table.locator('tr').count()).resolves.toBe(4);
    await table.locator('tr').nth(1).locator('td').nth(0).click();
    await table.locator('tr').nth(1).locator('td').nth(1).click({ modifiers: ['Shift'] });
    await author.getByRole('button', { name: '合并单元格' }).click();
    await table.locator('td[colspan="2"]').waitFor();
    // The caret must be in the last cell before Tab: the table tools row appearing or a
    // remote update can move the cell under a click that was aimed a moment earlier.
    const lastCell = table.locator('tr').last().locator('td').last();
    await expect
      .poll(
        async () => {
          await lastCell.click();
          return lastCell.evaluate((cell) => cell.contains(document.getSelection()?.anchorNode ?? null));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await author.keyboard.press('Tab');
    await table.locator('tr').nth(4).waitFor();
    await expect(table.locator('tr').count()).resolves.toBe(5);
    await author.keyboard.type('表格最后一行');

    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
      [390, 844],
    ]) {
      await author.setViewportSize({ width, height });
      await formula.scrollIntoViewIfNeeded();
      await author.screenshot({ path: path.join(artifacts, `editor-${width}.png`) });
      await author.getByRole('button', { name: '插入公式' }).click();
      await author.locator('math-field').waitFor();
      await author.screenshot({ path: path.join(artifacts, `formula-editor-${width}.png`) });
      await author.getByRole('dialog', { name: '插入公式' }).getByRole('button', { name: '取消' }).click();
    }
    await author.setViewportSize({ width: 1366, height: 900 });

    // The other teacher sees all of it live.
    const seen = reader.locator('[data-block-kind="section"]').last();
    await seen.locator('td', { hasText: '表格最后一行' }).waitFor();
    await expect(seen.locator('.math-node').getAttribute('data-latex')).resolves.toBe(latex);
    await seen.locator('.math-node .katex .mfrac').waitFor();
    await expect(seen.locator('.blank-node').getAttribute('data-answer')).resolves.toBe('3/4');
    await expect(seen.locator('p sup', { hasText: '2' }).count()).resolves.toBe(2);
    await expect(seen.locator('td[colspan="2"]').count()).resolves.toBe(1);
    await expect(seen.locator('table tr').count()).resolves.toBe(5);

    // 学生版: the formula printed by KaTeX, the blank an empty line, no answer; 教师版: the answer on the line.
    await reader.getByRole('link', { name: '打印预览 学生版' }).click();
    const student = reader.locator('.printed-guide[data-edition="student"]');
    await student.waitFor();
    const printedBlock = student.locator('.printed-block').last();
    await printedBlock.locator('.katex .mfrac').waitFor();
    await expect(printedBlock.locator('.printed-blank').innerText()).resolves.toBe('');
    expect(await printedBlock.innerText()).not.toContain('3/4');
    await expect(printedBlock.locator('sup', { hasText: '2' }).count()).resolves.toBe(2);
    await expect(printedBlock.locator('.printed-table td[colspan="2"]').count()).resolves.toBe(1);
    const studentText = await printToArtifacts(reader, 'student');
    expect(studentText).toContain('已知 a =');
    expect(studentText).not.toContain('3/4');

    await reader.locator('.print-edition-switch').getByRole('link', { name: '教师版' }).click();
    const teacher = reader.locator('.printed-guide[data-edition="teacher"]');
    await teacher.waitFor();
    await expect(teacher.locator('.printed-block').last().locator('.printed-blank').innerText()).resolves.toBe('3/4');
    const teacherText = await printToArtifacts(reader, 'teacher');
    expect(teacherText).toContain('3/4');
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
      [390, 844],
    ]) {
      await reader.setViewportSize({ width, height });
      await teacher.locator('.printed-block').last().scrollIntoViewIfNeeded();
      await reader.screenshot({ path: path.join(artifacts, `print-preview-${width}.png`) });
    }
    // pdftoppm numbers pages by their count; keep stable names for the last page of each edition.
    for (const name of readdirSync(artifacts)) {
      const match = /^(student|teacher)-0*(\d+)\.png$/.exec(name);
      if (match) renameSync(path.join(artifacts, name), path.join(artifacts, `${match[1]}-page${match[2]}.png`));
    }
  });
});
