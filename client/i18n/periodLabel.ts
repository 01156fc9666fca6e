import type { TFunction } from 'i18next';

const chinesePeriod = /^\s*第\s*(\d+)\s*课时\s*$/;

/** 第1课时 as the screen's language says it ("Lesson 1" in English); any other wording is shown as written. */
export function periodText(period: string, t: TFunction): string {
  const match = chinesePeriod.exec(period);
  return match ? t('periodNames.lesson', { number: Number(match[1]), name: period }) : period;
}
