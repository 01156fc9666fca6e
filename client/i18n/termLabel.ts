import type { TFunction } from 'i18next';

/**
 * 2026-2027学年第一学期 (also written 2026—2027 学年 第一学期, or with 上/下学期) as the
 * screen's language names it: "2026–2027, first term" in English. Chinese keeps the name as
 * the school wrote it, and any other name is shown as stored.
 */
const chineseTerm = /^\s*(\d{4})\s*[-—–~～至到]\s*(\d{4})\s*学年度?\s*(?:第\s*([一二12])\s*学期|([上下])\s*学期)\s*$/;

export function termLabelText(name: string, t: TFunction): string {
  const match = chineseTerm.exec(name);
  if (!match) return name;
  const second = match[3] === '二' || match[3] === '2' || match[4] === '下';
  return t(second ? 'termNames.second' : 'termNames.first', { from: match[1], to: match[2], name });
}
