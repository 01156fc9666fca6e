import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';
import { rgbPng } from '../helpers/png.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts/figures');

/**
 * A 240×160 PNG a 数学 guide would hold: a coordinate grid with its axes and the line
 * y = ½x + 1 in red (one unit is 20 pixels, the origin in the middle).
 */
function coordinateGridPng(): Buffer {
  const width = 240;
  const height = 160;
  return Buffer.from(rgbPng(width, height, (x, y) => {
    const unitX = (x - width / 2) / 20;
    const unitY = (height / 2 - y) / 20;
    if (Math.abs(unitY - (unitX / 2 + 1)) < 0.06) return [220, 30, 30];
    if (x === width / 2 || y === height / 2) return [20, 20, 20];
    if (x % 20 === 0 || y % 20 === 0) return [200, 210, 225];
    return [255, 255, 255];
  }));
}

/** Adds an 其他 block at the end of the guide and puts the caret in its empty paragraph. */
async function addBlock(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '添加模块' }).click();
  await page.getByRole('menuitem').filter({ hasText: /^其他/ }).click();
  const block = page.locator('[data-block-kind="section"]').last();
  await block.waitFor();
  await block.locator('.guide-block-body p').first().click();
  return block;
}

/** Waits until the browser has loaded and decoded a picture (it failed to load otherwise: CSP, 401, 404). */
async function loadedSize(picture: Locator): Promise<[number, number]> {
  await picture.waitFor();
  await picture.evaluate((element: HTMLImageElement) => element.decode());
  return picture.evaluate((element: HTMLImageElement) => [element.naturalWidth, element.naturalHeight] as [number, number]);
}

/** Content-Security-Policy refusals a page reports on its console. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

describe('figures inserted with the upload button', () => {
  const suite = browserSuite();

  it('a teacher inserts a picture with 插入图片, it shows for the other teacher, and a renamed program is refused', async () => {
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    const author = await suite.teacher('lifang');
    const reader = await suite.teacher('wanglei');
    const refusals = [...[author, reader].map(cspViolations)];
    await openGuide(author, seededGuideTitle);
    await openGuide(reader, seededGuideTitle);

    const block = await addBlock(author);
    await author.keyboard.type('如图，直线 l 经过第一、二、三象限：');
    await author.keyboard.press('Enter');

    const png = coordinateGridPng();
    const src = `/api/files/${createHash('sha256').update(png).digest('hex')}`;
    // The toolbar's 插入图片 button opens this file input.
    await expect(author.getByRole('button', { name: '插入图片' }).count()).resolves.toBeGreaterThan(0);
    await author.getByTestId('figure-file-input').setInputFiles({ name: '坐标系.png', mimeType: 'image/png', buffer: png });

    const inserted = block.locator(`img[src="${src}"]`);
    await expect(loadedSize(inserted)).resolves.toEqual([240, 160]);
    await expect(inserted.getAttribute('alt')).resolves.toBe('坐标系');

    const seen = reader.locator('[data-block-kind="section"]').last().locator(`img[src="${src}"]`);
    await expect(loadedSize(seen)).resolves.toEqual([240, 160]);
    await seen.scrollIntoViewIfNeeded();
    await reader.screenshot({ path: path.join(artifacts, 'figure-seen-by-other-teacher.png') });
    await inserted.scrollIntoViewIfNeeded();
    await author.screenshot({ path: path.join(artifacts, 'figure-inserted.png') });

    // 图注: the selected figure offers its caption line; what is typed there reaches the other teacher.
    await inserted.click();
    const captionField = block.locator('.editor-figure-caption-field');
    await captionField.waitFor({ state: 'visible' });
    await expect(captionField.getAttribute('placeholder')).resolves.toContain('添加图注');
    await captionField.fill('图1 直线 l 的位置');
    await captionField.press('Enter');
    const seenCaption = reader.locator('[data-block-kind="section"]').last().locator('.editor-figure-caption-field');
    await expect.poll(() => seenCaption.inputValue(), { timeout: 10_000 }).toBe('图1 直线 l 的位置');
    await expect(seenCaption.isVisible()).resolves.toBe(true);
    await author.screenshot({ path: path.join(artifacts, 'figure-caption.png') });

    // A program renamed to .png and declared as a picture: the server reads its bytes and refuses it.
    const program = Buffer.alloc(2048);
    program.write('MZ', 0, 'latin1');
    program.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
    await author.getByTestId('figure-file-input').setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: program });
    const problem = author.locator('.content-tools-problem');
    await problem.waitFor();
    await expect(problem.innerText()).resolves.toContain('415');
    await expect(block.locator('img').count()).resolves.toBe(1);
    await author.screenshot({ path: path.join(artifacts, 'renamed-program-refused.png') });

    expect(refusals.flat()).toEqual([]);
  });
});
