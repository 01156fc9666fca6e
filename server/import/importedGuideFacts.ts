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

/**
 * Reads the title, unit, period and lesson type from the header fields (课题：…, 课型：…) and the
 * lines above the first block (第十九章 一次函数, 七年级下册 Unit 6 复习导学案（复习课·学生版）).
 */
export function importedGuideFacts(header: HeaderFields, titleLines: string[]): ImportedGuideFacts {
  const parts = titleLines.flatMap((line) => line.split(/\s+·\s+/));
  const unitLine = parts.find((part) => unitPattern.test(part.trim()));
  const unit = header.unit ?? (unitLine ? (unitPattern.exec(unitLine.trim())?.[0] ?? null) : null);
  const lessonType = lessonTypeIn(header.lessonType ?? '') ?? titleLines.map(lessonTypeIn).find(Boolean) ?? null;
  let title = header.title ?? null;
  if (!title) {
    const candidate = [...titleLines].reverse().find((line) => !/^第[一二三四五六七八九十百\d]+[章单元]/.test(line.trim()));
    title = candidate ? candidate.replace(editionNote, '').replace(/[\s\u3000]+/g, ' ').trim() || null : null;
  }
  return { title: title ? title.slice(0, 100) : null, unit: unit ? unit.slice(0, 100) : null, period: periodOf(header.period), lessonType };
}
