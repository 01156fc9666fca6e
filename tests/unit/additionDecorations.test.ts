import { describe, expect, it } from 'vitest';
import { additionDecorations } from '../../client/features/copyLife/additionDecorations.ts';
import { guideSchema, normaliseGuideJson } from '../../shared/editor/schema.ts';
import { block, bulletList, clone, doc, para, teacherNote } from '../helpers/guideBuilders.ts';

const base = normaliseGuideJson(
  doc(
    block('goals', 'objectives', [bulletList('能说出一次函数的定义', '能写出解析式')]),
    block('self', 'selfStudy', [para('阅读课本第88页。'), para('我的疑惑：')]),
  ),
);

function marks(current: ReturnType<typeof clone>) {
  const node = guideSchema().nodeFromJSON(normaliseGuideJson(current));
  return additionDecorations(node, base)
    .find()
    .map((decoration) => ({
      kind: (decoration.spec as { addition: string }).addition,
      text: node.textBetween(decoration.from, decoration.to, '|'),
    }));
}

describe('the marks of a class copy’s additions against its base final', () => {
  it('marks nothing in an unchanged copy', () => {
    expect(marks(clone(base))).toEqual([]);
  });

  it('marks inserted words exactly, with one margin bar on the list item holding them', () => {
    const current = clone(base);
    current.content![0].content![0].content![1].content![0].content![0].text = '先复习，能写出解析式';
    expect(marks(current)).toEqual([
      { kind: 'bar', text: '先复习，能写出解析式' },
      { kind: 'text', text: '先复习，' },
    ]);
  });

  it('marks a new paragraph and a new block whole, and leaves margin notes unmarked', () => {
    const current = clone(base);
    current.content![1].content!.splice(1, 0, para('（4班）先复习正比例函数。'), teacherNote('n1', '这里多举一例'));
    current.content!.push({ ...block('mine', 'section', [para('补充练习')]), attrs: { ...block('mine', 'section', []).attrs, title: '补充练习' } });
    const found = marks(current);
    expect(found).toContainEqual({ kind: 'text', text: '（4班）先复习正比例函数。' });
    expect(found).toContainEqual({ kind: 'bar', text: '（4班）先复习正比例函数。' });
    expect(found.some((mark) => mark.text.includes('这里多举一例'))).toBe(false);
    expect(found.filter((mark) => mark.kind === 'bar')).toHaveLength(1);
    expect(found).toContainEqual({ kind: 'block', text: '补充练习' });
  });
});
