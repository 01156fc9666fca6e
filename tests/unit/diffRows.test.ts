import { describe, expect, it } from 'vitest';
import { diffRows, foldRows, linesOf } from '../../client/features/diff/diffRows.ts';
import { diffText } from '../../shared/diff/diffText.ts';

function rowTexts(before: string, after: string, side: 'from' | 'to') {
  return diffRows(diffText(before, after).parts).map((row) =>
    linesOf(row.parts, side)
      .map((line) => line.map((segment) => segment.text).join(''))
      .join('|'),
  );
}

describe('the rows of a side-by-side diff', () => {
  it('keeps both sides level at the paragraphs they share, giving an inserted paragraph a row of its own', () => {
    const before = '第一段\n第二段\n第三段';
    const after = '第一段\n新加的一段\n第二段\n第三段';
    expect(rowTexts(before, after, 'from')).toEqual(['第一段', '', '第二段', '第三段']);
    expect(rowTexts(before, after, 'to')).toEqual(['第一段', '新加的一段', '第二段', '第三段']);
  });

  it('rebuilds each side’s text from its rows', () => {
    const before = '读：课前阅读。\n做：独立完成。\n记：写下疑惑。';
    const after = '读：课前阅读，圈出关键词。\n记：写下疑惑。\n补充：先复习正比例函数。';
    for (const [side, text] of [['from', before], ['to', after]] as const) {
      const rows = diffRows(diffText(before, after).parts);
      const rebuilt = rows.map((row) => linesOf(row.parts, side).map((line) => line.map((segment) => segment.text).join('')).join('\n'));
      expect(rebuilt.join('\n').replace(/\n+/g, '\n')).toBe(text);
    }
  });

  it('folds long unchanged stretches, keeping one paragraph of context around each change', () => {
    const before = ['一', '二', '三', '四', '五', '六'].join('\n');
    const after = ['一', '二', '三', '四', '五', '六改'].join('\n');
    const items = foldRows(diffRows(diffText(before, after).parts), 1);
    expect(items.map((item) => item.kind)).toEqual(['fold', 'row', 'row']);
    expect(items[0].kind === 'fold' && items[0].rows).toHaveLength(4);
  });
});
