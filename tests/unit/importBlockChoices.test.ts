import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { applyBlockChoices } from '../../server/import/applyBlockChoices.ts';

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const question = (text: string): JSONContent => ({ type: 'question', attrs: { id: text, tier: null, answerLines: 2 }, content: [paragraph(text)] });
const block = (type: string, title: string, content: JSONContent[]): JSONContent => ({ type, attrs: { id: title, title, minutes: null, audience: 'all' }, content });

const guide: JSONContent = {
  type: 'doc',
  content: [
    block('mutualLearning', '合作探究', [{ type: 'groupRoles', attrs: { size: 4, roles: ['组长'] } }, question('探究一：为什么？')]),
    block('check', '当堂检测', [question('下列说法正确的是（ ）'), question('写出两个例子。')]),
    block('section', '答案', [paragraph('当堂检测：1．B　2．网络空间不是法外之地')]),
  ],
};

function answerText(node: JSONContent | undefined): string | null {
  const answer = node?.content?.find((child) => child.type === 'answer');
  return answer ? (answer.content ?? []).map((part) => (part.content ?? []).map((text) => text.text).join('')).join('') : null;
}

describe('the teacher’s corrections of an imported guide', () => {
  it('sets kinds and roles, and gives a block of answers to the items by number', () => {
    const result = applyBlockChoices(guide, [
      { kind: 'check', role: 'teacher' },
      { kind: 'check', role: 'student' },
      { kind: 'section', role: 'answers' },
    ]);
    const blocks = result.content ?? [];
    expect(blocks).toHaveLength(2);
    // A 小组分工 only fits 互学: it goes with the change of kind.
    expect(blocks[0]).toMatchObject({ type: 'check', attrs: { audience: 'teacher' } });
    expect(blocks[0].content?.map((node) => node.type)).toEqual(['question']);
    expect(answerText(blocks[1].content?.[0])).toBe('B');
    expect(answerText(blocks[1].content?.[1])).toBe('网络空间不是法外之地');
  });

  it('refuses choices that do not match the blocks, and a guide left without blocks', () => {
    expect(() => applyBlockChoices(guide, [{ kind: 'check', role: 'student' }])).toThrow(/3 个模块/);
    expect(() => applyBlockChoices(guide, guide.content!.map(() => ({ kind: 'section', role: 'answers' })))).toThrow(/至少/);
  });

  it('merges a block into the one before it and splits a block before the part the teacher picked', () => {
    const result = applyBlockChoices(guide, [
      { kind: 'mutualLearning', role: 'student', splits: [{ at: 1, title: '探究任务', kind: 'check' }] },
      { kind: 'check', role: 'student', merge: true },
      { kind: 'section', role: 'answers' },
    ]);
    const blocks = result.content ?? [];
    expect(blocks.map((node) => [node.type, node.attrs?.title])).toEqual([
      ['mutualLearning', '合作探究'],
      ['check', '探究任务'],
    ]);
    expect(blocks[0].content?.map((node) => node.type)).toEqual(['groupRoles']);
    // The merged block's items follow the split part's.
    expect(blocks[1].content?.map((node) => node.attrs?.id)).toEqual(['探究一：为什么？', '下列说法正确的是（ ）', '写出两个例子。']);
    expect(blocks[1].attrs?.id).toEqual(expect.any(String));
    expect(blocks[1].attrs?.id).not.toBe('合作探究');
  });

  it('refuses a split outside the block and a merge with nothing before it, naming the field', () => {
    const split = () => applyBlockChoices(guide, [{ kind: 'mutualLearning', role: 'student', splits: [{ at: 2, title: '二', kind: 'check' }] }, { kind: 'check', role: 'student' }, { kind: 'section', role: 'answers' }]);
    expect(split).toThrow(expect.objectContaining({ status: 400, path: ['blocks', 0, 'splits', 0, 'at'] }));
    const merge = () => applyBlockChoices(guide, [{ kind: 'mutualLearning', role: 'student', merge: true }, { kind: 'check', role: 'student' }, { kind: 'section', role: 'answers' }]);
    expect(merge).toThrow(expect.objectContaining({ status: 400, path: ['blocks', 0, 'merge'] }));
  });
});
