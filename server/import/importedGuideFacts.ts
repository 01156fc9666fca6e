import { lessonTypes } from '../../shared/schemas/template.ts';
import type { HeaderFields } from '../../shared/import/headerFields.ts';
import { guideHeaderKeys, type GuideHeaderFields } from '../../shared/schemas/guideHeader.ts';

type LessonType = (typeof lessonTypes)[number];

/** The facts of a guide read from its Word file: what the header and title lines say. */
export interface ImportedGuideFacts {
  title: string | null;
  unit: string | null;
  period: string | null;
  lessonType: LessonType | null;
  /** The header's other fields (主备人, 审核人, 学科, 年级 …), those the file gives. */
  header: GuideHeaderFields;
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

const subjectPattern = /道德与法治|思想政治|语文|数学|英语|物理|化学|生物|历史|地理|政治|科学|信息技术|音乐|美术|体育/;
const gradePattern = /高[一二三]|初[一二三]|[一二三四五六七八九]年级|[1-9]年级/;
const seriesWords = /(?:[（(][理文][)）])|(?:部编|人教|北师大?|苏教|沪教|湘教|教科|外研|译林|统编)版?|[上下]册|(?:第?[一二三]轮)?复习|必修[一二三四五\d]?|选修[一二三四五\d]?|导学案|教学案|学案|导学设计|教师用|学生用/g;

/** A line naming only the series a guide belongs to (高三历史一轮复习导学案, 部编版高一历史学案), not the lesson. */
function isSeriesBanner(line: string): boolean {
  const rest = line
    .replace(seriesWords, '')
    .replace(new RegExp(subjectPattern.source, 'g'), '')
    .replace(new RegExp(gradePattern.source, 'g'), '')
    .replace(/[\s\u3000]+/g, '');
  return rest === '' && line.trim() !== '';
}

/** Lines above the title that are not it: blanks to fill in, the school's banner, a motto. */
function isTitleCandidate(line: string): boolean {
  const text = line.trim();
  if (!text || /[_＿]{2,}/.test(text) || isSeriesBanner(text)) return false;
  if (/中学|小学|学校|学年|学期|××|编写|审核|主备|课型[:：]/.test(text)) return false;
  if (/。|[.!]$/.test(text) && !/^\d+(\.\d+)*\s/.test(text)) return false;
  if (/^第[一二三四五六七八九十百\d]+[章单元册]/.test(text)) return false;
  return !/^[—-]{2}/.test(text);
}

const chapterPrefix = /^(?:第[一二三四五六七八九十百\d]+(?:单元|章|节|课)[\s\u3000]*)+[\s\u3000]*(\S.*)$/;

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
  let unit = header.unit ?? (unitLine ? (unitPattern.exec(unitLine.trim())?.[0] ?? null) : null);
  const lessonType = lessonTypeIn(header.lessonType ?? '') ?? titleLines.map(lessonTypeIn).find(Boolean) ?? null;
  const candidates = titleLines.filter(isTitleCandidate);
  let title = header.title ?? null;
  if (!title && candidates.length === 0) {
    // 第3章第1节 细胞膜的结构和功能: the lesson after the chapter and section opening its line.
    const lesson = titleLines.map((line) => chapterPrefix.exec(line.trim())).find((match) => match && isTitleCandidate(match[1]));
    if (lesson) title = cleanTitle(lesson[1]) || null;
  }
  if (!title && candidates.length > 0) {
    const first = candidates.find((line) => /《[^》]+》/.test(line)) ?? candidates[0];
    const next = candidates[candidates.indexOf(first) + 1];
    // An English title printed on two lines (BOOK 4 Unit 2 Working the land / Warming up & Reading).
    const joined = next && !/[\u4e00-\u9fff]/.test(first + next) ? `${first} ${next}` : first;
    title = cleanTitle(joined) || null;
  }
  // 必修3 第六单元 20世纪以来中国重大思想理论成果: the unit named before the lesson on its title line.
  if (title && unit && unitLine && cleanTitle(unitLine) === title) {
    const after = unit.replace(/^第[一二三四五六七八九十百\d]+(?:章|单元)[\s\u3000]*/, '').trim();
    if (after) {
      title = after;
      unit = unit.slice(0, unit.length - after.length).trim();
    }
  }
  const periodLine = titleLines.map((line) => periodInTitle.exec(line.trim())).find(Boolean);
  const period = header.period ?? (periodLine ? (periodLine[1] ? `（${periodLine[1]}）` : periodLine[2]) : null);
  return {
    title: title ? title.slice(0, 100) : null,
    unit: unit ? unit.slice(0, 100) : null,
    period: periodOf(period),
    lessonType,
    header: headerOf(header, titleLines),
  };
}

/**
 * The header's other fields as the file gives them; 学科 and 年级 also from the title lines
 * (九年级物理导学案) or the other fields (审核人：高一语文备课组), so a guide never shows the
 * group's subject when its file names another.
 */
function headerOf(fields: HeaderFields, titleLines: string[]): GuideHeaderFields {
  const header: GuideHeaderFields = {};
  for (const key of guideHeaderKeys) {
    const value = fields[key]?.replace(/[\s\u3000]+/g, ' ').trim();
    if (value) header[key] = value.slice(0, 100);
  }
  // The title lines first (九年级物理导学案), then the header's other values (审核人：高一语文备课组).
  const titleText = titleLines.join(' ');
  const headerText = Object.values(header).join(' ');
  header.subject ??= subjectPattern.exec(titleText)?.[0] ?? subjectPattern.exec(headerText)?.[0];
  header.grade ??= gradePattern.exec(titleText)?.[0] ?? gradePattern.exec(headerText)?.[0];
  if (!header.subject) delete header.subject;
  if (!header.grade) delete header.grade;
  return header;
}
