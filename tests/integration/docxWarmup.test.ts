import { describe, expect, it } from 'vitest';
import { warmGuideDocx } from '../../server/export/warmGuideDocx.ts';

describe('the Word export warm-up', () => {
  it('renders its small guides with formulas to the end when nobody is editing', async () => {
    let asked = 0;
    await warmGuideDocx(() => {
      asked += 1;
      return false;
    });
    // Asked once before each of its pieces: it went through every one without an error.
    expect(asked).toBeGreaterThan(10);
  });

  it('stops at the next piece once someone is editing', async () => {
    let asked = 0;
    await warmGuideDocx(() => {
      asked += 1;
      return asked > 2;
    });
    expect(asked).toBe(3);
  });
});
