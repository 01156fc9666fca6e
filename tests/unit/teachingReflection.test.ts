import { describe, expect, it } from 'vitest';
import { isReflectionWritten, teachingReflectionBlock } from '../../shared/editor/teachingReflection.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { termOf } from '../../shared/workflow/term.ts';
import { doc } from '../helpers/guideBuilders.ts';

describe('the 教后反思 block', () => {
  it('is a teacher-only reflection block with the three prompts, valid in the schema', () => {
    const block = teachingReflectionBlock('r1');
    expect(block.attrs).toMatchObject({ id: 'r1', title: '教后反思', audience: 'teacher' });
    expect(() => normaliseGuideJson(doc(block))).not.toThrow();
  });

  it('counts as written only once it holds more than its prompts', () => {
    const block = teachingReflectionBlock('r1');
    expect(isReflectionWritten(block)).toBe(false);
    expect(isReflectionWritten(undefined)).toBe(false);
    block.content![1] = { type: 'paragraph', content: [{ type: 'text', text: '小组讨论很充分' }] };
    expect(isReflectionWritten(block)).toBe(true);
  });
});

describe('the school term of a date', () => {
  it.each([
    ['2025-09-01', '2025-2026学年第一学期'],
    ['2026-01-20', '2025-2026学年第一学期'],
    ['2026-03-12', '2025-2026学年第二学期'],
    ['2026-07-31', '2025-2026学年第二学期'],
    ['2026-08-01', '2026-2027学年第一学期'],
  ])('puts %s in %s', (date, label) => {
    const term = termOf(date);
    expect(term.label).toBe(label);
    expect(term.start <= date && date <= term.end).toBe(true);
  });
});
