import { describe, expect, it } from 'vitest';
import { sameAttrs } from '../../client/editor/views/sameAttrs.ts';

// A node view draws its controls again only when its node's attributes differ: a node rebuilt
// from the shared document (another teacher typed in it) has new attrs with the same values.
describe('sameAttrs', () => {
  it('holds for equal values in new objects, arrays and objects included', () => {
    const attrs = () => ({ id: 'q1', tier: 'A', roles: ['组长', '记录员'], answerSpace: { kind: 'lines', count: 2 }, minutes: null });
    expect(sameAttrs(attrs(), attrs())).toBe(true);
  });

  it('tells a changed value, a changed array or object, and a missing or added attribute', () => {
    const base = { id: 'q1', tier: 'A', roles: ['组长'], answerSpace: { kind: 'lines', count: 2 } };
    expect(sameAttrs(base, { ...base, tier: 'B' })).toBe(false);
    expect(sameAttrs(base, { ...base, roles: ['组长', '汇报员'] })).toBe(false);
    expect(sameAttrs(base, { ...base, answerSpace: { kind: 'lines', count: 3 } })).toBe(false);
    expect(sameAttrs(base, { ...base, tier: null })).toBe(false);
    expect(sameAttrs(base, { id: 'q1', tier: 'A', roles: ['组长'] })).toBe(false);
    expect(sameAttrs(base, { ...base, width: 4 })).toBe(false);
  });
});
