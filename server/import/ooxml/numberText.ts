import type { NumberingDefinition } from './docxParts.ts';

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseCounting(value: number): string {
  if (value < 10) return chineseDigits[value];
  if (value < 20) return `十${value % 10 ? chineseDigits[value % 10] : ''}`;
  if (value < 100) return `${chineseDigits[Math.floor(value / 10)]}十${value % 10 ? chineseDigits[value % 10] : ''}`;
  return String(value);
}

function letters(value: number, upper: boolean): string {
  let text = '';
  let rest = value;
  while (rest > 0) {
    rest -= 1;
    text = String.fromCharCode(97 + (rest % 26)) + text;
    rest = Math.floor(rest / 26);
  }
  return upper ? text.toUpperCase() : text;
}

function roman(value: number, upper: boolean): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let text = '';
  let rest = value;
  for (const [amount, digits] of table) {
    while (rest >= amount) {
      text += digits;
      rest -= amount;
    }
  }
  return upper ? text.toUpperCase() : text;
}

/** One number written in a Word list format (decimal, chineseCounting, decimalEnclosedCircle …). */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'taiwaneseCounting':
      return chineseCounting(value);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[value - 1] ?? String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x245f + value) : String(value);
    case 'decimalEnclosedParen':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2473 + value) : `(${value})`;
    case 'decimalEnclosedFullstop':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2487 + value) : `${value}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
    case 'lowerLetter':
      return letters(value, false);
    case 'upperLetter':
      return letters(value, true);
    case 'lowerRoman':
      return roman(value, false);
    case 'upperRoman':
      return roman(value, true);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** What a paragraph of a Word list shows in front of its text. */
export interface ListNumber {
  /** The number as Word renders it (一、, 1., (1), ①), or the bullet character. */
  text: string;
  /** A bullet rather than a number. */
  bullet: boolean;
  level: number;
}

/**
 * Word's automatic numbering, rendered as the reader sees it: counters per list definition,
 * a deeper level restarting when a shallower one moves on, lvlText's %1…%9 replaced.
 */
export class NumberingCounters {
  private readonly counters = new Map<string, Map<number, number>>();

  constructor(private readonly definitions: Map<string, NumberingDefinition>) {}

  next(numId: string, level: number): ListNumber | null {
    const definition = this.definitions.get(numId);
    if (!definition || numId === '0') return null;
    const format = definition.levels.get(level);
    if (!format) return null;
    if (format.format === 'bullet') return { text: format.text, bullet: true, level };
    const counters = this.counters.get(definition.abstractId) ?? new Map<number, number>();
    this.counters.set(definition.abstractId, counters);
    counters.set(level, (counters.get(level) ?? format.start - 1) + 1);
    for (let deeper = level + 1; deeper < 9; deeper += 1) {
      const restart = definition.levels.get(deeper)?.restartAfter;
      if (restart === undefined || restart === null || restart >= level) counters.delete(deeper);
    }
    const text = format.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const levelFormat = definition.levels.get(index);
      return formatNumber(counters.get(index) ?? levelFormat?.start ?? 1, levelFormat?.format ?? 'decimal');
    });
    return { text, bullet: false, level };
  }
}
