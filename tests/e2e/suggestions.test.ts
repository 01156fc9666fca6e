import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openGuide } from './helpers/browser.ts';
import { browserSuite } from './helpers/browserSuite.ts';
import { repoRoot } from './helpers/repoRoot.ts';

const seededGuideTitle = '19.2.2 一次函数（第1课时）';
const artifacts = path.join(repoRoot, 'tests/artifacts');

/** Puts the caret after the last character of a paragraph of a block (even when it wraps). */
async function caretAtEnd(page: Page, kind: string, paragraph = 0): Promise<void> {
  const target = page.locator(`[data-block-kind="${kind}"] .guide-block-body p`).nth(paragraph);
  await target.click();
  await target.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.waitForTimeout(50);
}

/** The text of the elements, without the other teachers' carets and name labels inside them. */
function textWithoutCarets(elements: Locator): Promise<string> {
  return elements.evaluateAll((found) =>
    found
      .map((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__label').forEach((caret) => caret.remove());
        return copy.textContent ?? '';
      })
      .join(''),
  );
}

describe('suggestions in the review meeting', () => {
  const suite = browserSuite();

  it('turns a member’s Chinese input and deletions into suggestions that the lead drafter accepts and rejects', async () => {
    const drafter = await suite.teacher('lifang');
    const member = await suite.teacher('zhangwei');
    await openGuide(drafter, seededGuideTitle);
    const guideId = new URL(drafter.url()).pathname.split('/').pop()!;
    const submitted = await drafter.request.post(`/api/guides/${guideId}/transitions`, { data: { action: 'submit' } });
    expect(submitted.status()).toBe(200);
    await openGuide(member, seededGuideTitle);
    await member.locator('[data-testid="suggestion-mode"][data-mode="suggest"]').waitFor();
    await member.locator('.connection-indicator[data-status="connected"]').waitFor();
    // Opening the guide is not a change of access: no banner.
    await expect(member.locator('[data-testid="access-change-banner"]').count()).resolves.toBe(0);
    await drafter.reload();
    await drafter.locator('[data-testid="suggestion-mode"][data-mode="edit"]').waitFor();

    // 张伟 types 重要 with a pinyin input method: the composition shows pinyin first, then the characters.
    const objective = member.locator('[data-block-kind="objectives"] .guide-block-body p').first();
    const original = await objective.innerText();
    await caretAtEnd(member, 'objectives');
    const cdp = await member.context().newCDPSession(member);
    await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.imeSetComposition', { text: 'zhongyao', selectionStart: 8, selectionEnd: 8 });
    await cdp.send('Input.imeSetComposition', { text: '重要', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '重要' });
    await member.keyboard.insertText('（张伟补充）');
    const inserted = member.locator('[data-block-kind="objectives"] ins.suggest-insert');
    await expect.poll(() => inserted.allInnerTexts()).toEqual(['重要（张伟补充）']);
    await expect(objective.innerText()).resolves.toBe(`${original}重要（张伟补充）`);

    // Two Backspaces after the original text strike its last two characters instead of deleting them.
    await caretAtEnd(member, 'objectives', 1);
    const second = await member.locator('[data-block-kind="objectives"] .guide-block-body p').nth(1).innerText();
    await member.keyboard.press('Backspace');
    await member.keyboard.press('Backspace');
    const struck = member.locator('[data-block-kind="objectives"] del.suggest-delete');
    await expect.poll(() => struck.allInnerTexts()).toEqual([second.slice(-2)]);
    await expect(member.locator('[data-block-kind="objectives"] .guide-block-body p').nth(1).innerText()).resolves.toBe(second);

    // The server holds both as suggestions by 张伟, with nothing else changed.
    const listed = await member.request.get(`/api/guides/${guideId}/suggestions`);
    const suggestions = (await listed.json()) as { kind: string; text: string; authorName: string }[];
    expect(suggestions.map((suggestion) => [suggestion.kind, suggestion.text, suggestion.authorName])).toEqual([
      ['insert', '重要（张伟补充）', '张伟'],
      ['delete', second.slice(-2), '张伟'],
    ]);

    // 李芳 sees both live, accepts the insertion and rejects the deletion.
    const panel = drafter.locator('[data-testid="suggestions-panel"]');
    await panel.locator('.suggestion-item').nth(1).waitFor();
    mkdirSync(artifacts, { recursive: true });
    await panel.screenshot({ path: path.join(artifacts, 'suggestions-panel.png') });
    await member.screenshot({ path: path.join(artifacts, 'suggestions-member.png') });
    await panel.locator('.suggestion-item[data-kind="insert"]').getByRole('button', { name: '接受', exact: true }).click();
    await panel.locator('.suggestion-item').nth(1).waitFor({ state: 'detached' });
    await panel.locator('.suggestion-item[data-kind="delete"]').getByRole('button', { name: '拒绝', exact: true }).click();
    await panel.locator('.suggestion-item').first().waitFor({ state: 'detached' });

    await expect.poll(() => member.locator('.guide-content ins, .guide-content del').count()).toBe(0);
    await expect(objective.innerText()).resolves.toBe(`${original}重要（张伟补充）`);
    await expect(member.locator('[data-block-kind="objectives"] .guide-block-body p').nth(1).innerText()).resolves.toBe(second);
    const content = JSON.stringify(await (await drafter.request.get(`/api/guides/${guideId}/content`)).json());
    expect(content).toContain(`${original}重要（张伟补充）`);
    expect(content).not.toMatch(/suggestInsert|suggestDelete|"suggestion":\{/);
  });

  it('keeps all of 张伟’s typing his suggestion, refusing nothing, when 李芳 types at the same spot at once', async () => {
    // The guide is in 集体审稿 since the test above.
    const drafter = await suite.teacher('lifang');
    const member = await suite.teacher('zhangwei');
    await openGuide(drafter, seededGuideTitle);
    await openGuide(member, seededGuideTitle);
    const guideId = new URL(drafter.url()).pathname.split('/').pop()!;
    for (const page of [drafter, member]) await page.locator('.connection-indicator[data-status="connected"]').waitFor();
    await member.locator('[data-testid="suggestion-mode"][data-mode="suggest"]').waitFor();
    await caretAtEnd(member, 'objectives', 2);
    await caretAtEnd(drafter, 'objectives', 2);

    const memberChars = '甲乙丙丁戊己庚辛';
    const drafterChars = '子丑寅卯辰巳午未';
    await Promise.all([member.keyboard.type(memberChars, { delay: 25 }), drafter.keyboard.type(drafterChars, { delay: 25 })]);
    // (Typing at the very same spot, each caret can land on either side of the other's new
    // characters, so the order of the two teachers' characters is not fixed; what each typed is.)

    const sentence = (page: Page) => textWithoutCarets(page.locator('[data-block-kind="objectives"] .guide-block-body p').nth(2));
    await expect.poll(async () => {
      const text = await sentence(member);
      return [...memberChars, ...drafterChars].every((char) => text.includes(char)) && text === (await sentence(drafter));
    }, { timeout: 10_000 }).toBe(true);
    await expect(member.locator('[data-testid="suggestion-refused"]').count()).resolves.toBe(0);

    // Every character 张伟 typed is underlined as his suggestion, and every suggestion is his.
    // (李芳's characters are plain unless her caret, moved by his typing, put them inside his
    // suggestion, where her editor makes them part of it; the unit property test in
    // tests/unit/suggestionRepair.test.ts checks each character against what its own editor gave it.)
    const underlined = await textWithoutCarets(member.locator('[data-block-kind="objectives"] ins.suggest-insert'));
    for (const char of memberChars) expect([char, underlined.includes(char)]).toEqual([char, true]);
    const listed = (await (await drafter.request.get(`/api/guides/${guideId}/suggestions`)).json()) as { kind: string; text: string; authorName: string }[];
    expect(listed.map((suggestion) => [suggestion.kind, suggestion.authorName])).toEqual(listed.map(() => ['insert', '张伟']));
    expect([...listed.map((suggestion) => suggestion.text).join('')].filter((char) => memberChars.includes(char)).sort()).toEqual([...memberChars].sort());
    await member.screenshot({ path: path.join(artifacts, 'suggestions-same-spot.png') });
  });
});
