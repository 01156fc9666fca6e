import { describe, expect, test } from 'vitest';
import { tonedPinyin } from '../../client/editor/toolbar/tonedPinyin.ts';

describe('tonedPinyin', () => {
  test('writes tone numbers as tone marks on the right vowel.', () => {
    expect(tonedPinyin('jie3 pou1')).toBe('jiě pōu');
    expect(tonedPinyin('hao3 hao3')).toBe('hǎo hǎo');
    expect(tonedPinyin('gui4 liu2')).toBe('guì liú');
    expect(tonedPinyin('lv4 nve4')).toBe('lǜ nüè');
  });

  test('keeps pinyin already marked, neutral tones and other text as they are.', () => {
    expect(tonedPinyin('jiě pōu')).toBe('jiě pōu');
    expect(tonedPinyin('de5 ma0')).toBe('de ma');
    expect(tonedPinyin('zhe')).toBe('zhe');
  });
});
