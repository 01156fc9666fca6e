import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../client/i18n/en.json' with { type: 'json' };
import zh from '../../client/i18n/zh-CN.json' with { type: 'json' };
import { periodText } from '../../client/i18n/periodLabel.ts';
import { termLabelText } from '../../client/i18n/termLabel.ts';

async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { 'zh-CN': { translation: zh }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

describe('term names and counts in the screen’s language', () => {
  it('names a school year’s terms in English and keeps the school’s own name in Chinese', async () => {
    const english = await translator('en');
    expect(['2026-2027学年第一学期', '2026—2027 学年第二学期', '2025～2026学年 下学期', '2026-2027学年度第1学期'].map((name) => termLabelText(name, english))).toEqual([
      '2026–2027, first term',
      '2026–2027, second term',
      '2025–2026, second term',
      '2026–2027, first term',
    ]);
    const chinese = await translator('zh-CN');
    expect(termLabelText('2026—2027 学年第二学期', chinese)).toBe('2026—2027 学年第二学期');
    // A name that is not a school year's term is shown as written.
    expect(termLabelText('暑期培训', english)).toBe('暑期培训');
  });

  it('says 第1课时 as Lesson 1 in English and keeps it in Chinese', async () => {
    expect(periodText('第2课时', await translator('en'))).toBe('Lesson 2');
    expect(periodText('第 12 课时', await translator('en'))).toBe('Lesson 12');
    expect(periodText('第2课时', await translator('zh-CN'))).toBe('第2课时');
    expect(periodText('复习课', await translator('en'))).toBe('复习课');
  });

  it('says 1 lesson, 1 suggestion, 1 teacher, 1 row in English', async () => {
    const t = await translator('en');
    expect(t('plan.count', { count: 1 })).toBe('1 lesson');
    expect(t('plan.count', { count: 2 })).toBe('2 lessons');
    expect(t('templates.blockCount', { count: 1 })).toBe('1 block');
    expect(t('plan.report.groupLine', { count: 1, guides: 1, meetings: 1, onTime: 0, late: 0, overdue: 0 })).toMatch(/^1 lesson this term · review meetings: 1/);
    expect(t('suggestions.openBeforeFinal', { count: 1 })).toMatch(/^1 suggestion is still open/);
    expect(t('suggestions.confirmAll', { count: 1, action: 'Accept' })).toBe('Accept 1 suggestion?');
    expect(t('admin.groups.memberCount', { count: 1 })).toBe('1 teacher');
    expect(t('admin.roster.allGood', { count: 1 })).toBe('1 row, fine: ready to import.');
    expect(t('admin.roster.commit', { count: 3 })).toBe('Import 3 teachers');
    const chinese = await translator('zh-CN');
    expect(chinese('plan.report.groupLine', { count: 1, guides: 1, meetings: 1, onTime: 0, late: 0, overdue: 0 })).toMatch(/^本学期 1 课/);
  });
});
