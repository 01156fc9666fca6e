const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九 (section numbers of a printed guide). */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value < 10) return digits[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/** 一 -> 1, 十二 -> 12, 二十 -> 20; null for anything else. The inverse of {@link chineseNumeral}. */
export function parseChineseNumeral(text: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return null;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? digits.indexOf(text) : null;
  if (text.indexOf('十', ten + 1) !== -1) return null;
  const tensText = text.slice(0, ten);
  const onesText = text.slice(ten + 1);
  if (tensText.length > 1 || onesText.length > 1) return null;
  const tens = tensText === '' ? 1 : digits.indexOf(tensText);
  const ones = onesText === '' ? 0 : digits.indexOf(onesText);
  return tens * 10 + ones;
}

export interface BlockHeadingParts {
  /** The section number (see {@link sectionNumbers}); null for a teacher-only block, which has none. */
  number: number | null;
  title: string;
  minutes: number | null;
}

/**
 * The heading a printed block gets, the way school guides write it: 二、自主学习（10分钟）.
 * The importer reads the same form back (shared/import/labelMapping.ts).
 */
export function blockHeading({ number, title, minutes }: BlockHeadingParts): string {
  const label = title.trim() || '（未命名）';
  const time = minutes === null || minutes === undefined ? '' : `（${minutes}分钟）`;
  return number === null ? `${label}${time}` : `${chineseNumeral(number)}、${label}${time}`;
}

/**
 * The section numbers of the printed blocks: the blocks students see are numbered 一、二、三…
 * and a teacher-only block (in the 教师版 only) gets none, so the 学生版 and the 教师版 number
 * the same section the same (八、当堂检测 in both).
 */
export function sectionNumbers(blocks: readonly { attrs?: Record<string, unknown> }[]): (number | null)[] {
  let next = 0;
  return blocks.map((block) => (block.attrs?.audience === 'teacher' ? null : (next += 1)));
}
