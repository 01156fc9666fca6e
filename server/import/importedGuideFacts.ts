import { lessonTypes } from '../../shared/schemas/template.ts';
import type { HeaderFields } from '../../shared/import/headerFields.ts';

type LessonType = (typeof lessonTypes)[number];

/** The facts of a guide read from its Word file: what the header and title lines say. */
export interface ImportedGuideFacts {
  title: string | null;
  unit: string | null;
  period: string | null;
  lessonType: LessonType | null;
}

const editionNote = /[（(][^（）()]*(?:学生版|教师版|学案|导案)[^（）()]*[)）]/g;
const unitPattern = /第[一二三四五六七八九十百\d]+[章单元](?:[\s\u3000]*\S.*)?$/;

function lessonTypeIn(text: string): LessonType | null {
  return lessonTypes.find((type) => text.includes(type)) ?? null;
}

/** 1 -> 第1课时; 第2课时 stays. */
function periodOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d{1,2}$/.test(text)) return `第${text}课时`;
  return text.slice(0, 20);
}

/** Lines above the title that are not it: blanks to fill in, the school's banner, a motto. */
function isTitleCandidate(line: string): boolean {
  const text = line.trim();
  if (!text || /[_＿]{2,}/.test(text)) return false;
  if (/中学|小学|学校|学年|学期|××|编写|审核|主备|课型[:：]/.test(text)) return false;
  if (/。|[.!]$/.test(text) && !/^\d+(\.\d+)*\s/.test(text)) return false;
  if (/^第[一二三四五六七八九十百\d]+[章单元册]/.test(text)) return false;
  return !/^[—-]{2}/.test(text);
}

const periodInTitle = /[（(](第?[一二三四五六七八九十\d]{1,2}(?:课时)?)[)）]\s*$|(第[一二三四五六七八九十\d]{1,2}课时)/;

/** The title as printed without its book marks, 导学案 and edition notes: 《短歌行》导学案 -> 短歌行. */
function cleanTitle(line: string): string {
  const book = /《([^》]{1,40})》/.exec(line);
  const text = book ? book[1] : line;
  return text
    .replace(editionNote, '')
    .replace(periodInTitle, '')
    .replace(/(?:导学案|教学案|学案|导学设计)(?:[（(][^）)]*[)）])?\s*$/, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/**
 * Reads the title, unit, period and lesson type from the header fields (课题：…, 课型：…) and the
 * lines above the first block (第十九章 一次函数, 17.1 勾股定理（1）, 《短歌行》导学案, BOOK 4 Unit 2
 * Working the land / Warming up & Reading), leaving out the school's banner, mottos and blanks.
 */
export function importedGuideFacts(header: HeaderFields, titleLines: string[]): ImportedGuideFacts {
  const parts = titleLines.flatMap((line) => line.split(/\s+·\s+/));
  const unitLine = parts.find((part) => unitPattern.test(part.trim()));
  const unit = header.unit ?? (unitLine ? (unitPattern.exec(unitLine.trim())?.[0] ?? null) : null);
  const lessonType = lessonTypeIn(header.lessonType ?? '') ?? titleLines.map(lessonTypeIn).find(Boolean) ?? null;
  const candidates = titleLines.filter(isTitleCandidate);
  let title = header.title ?? null;
  if (!title && candidates.length > 0) {
    const first = candidates.find((line) => /《[^》]+》/.test(line)) ?? candidates[0];
    const next = candidates[candidates.indexOf(first) + 1];
    // An English title printed on two lines (BOOK 4 Unit 2 Working the land / Warming up & Reading).
    const joined = next && !/[\u4e00-\u9fff]/.test(first + next) ? `${first} ${next}` : first;
    title = cleanTitle(joined) || null;
  }
  const periodLine = titleLines.map((line) => periodInTitle.exec(line.trim())).find(Boolean);
  const period = header.period ?? (periodLine ? (periodLine[1] ? `（${periodLine[1]}）` : periodLine[2]) : null);
  return { title: title ? title.slice(0, 100) : null, unit: unit ? unit.slice(0, 100) : null, period: periodOf(period), lessonType };
}
