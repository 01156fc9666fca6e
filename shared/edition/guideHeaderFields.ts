import { defaultSchoolTimeZone, formatSchoolDate } from '../time/schoolTime.ts';

/** What the header table of a printed guide needs to know about the guide. */
export interface GuideHeaderFacts {
  title: string;
  lessonType: string | null;
  /** 课时, e.g. 第1课时. */
  period: string | null;
  leadDrafter: string | null;
  reviewer: string | null;
  /** An ISO date or date-time; printed as its day in the school's time zone (2026年12月3日). */
  reviewedAt: string | null;
  /** The school's time zone (Asia/Shanghai when not given). */
  timeZone?: string;
  /** The class of a class copy (二次备课); a blank for everyone else. */
  className: string | null;
  /** A class copy's 上课日期 (YYYY-MM-DD) once it is known; a blank to fill in by hand otherwise. */
  teachingDate?: string | null;
}

/** 2026-12-03 -> 2026年12月3日, the way the header table writes a date. */
function chineseDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日` : value;
}

export interface HeaderField {
  /** Stable, for tests and styling. */
  key: 'lessonType' | 'period' | 'leadDrafter' | 'reviewer' | 'teachingDate' | 'className' | 'groupNumber' | 'studentName';
  label: string;
  /** null prints a blank line to fill in by hand. */
  value: string | null;
}

/**
 * The header table every printed guide starts with (domain.md: 课题, 课型, 课时, 主备, 审核,
 * 授课时间, and 班级 / 小组 / 姓名 for the student), as two rows of four label-value pairs
 * under the 课题 row. Both editions print the same fields; the print preview and the Word
 * export lay them out alike.
 */
export function guideHeaderRows(facts: GuideHeaderFacts): HeaderField[][] {
  const reviewedOn = facts.reviewedAt ? formatSchoolDate(facts.reviewedAt, 'zh-CN', facts.timeZone ?? defaultSchoolTimeZone) : null;
  const reviewer = facts.reviewer ? `${facts.reviewer}${reviewedOn ? ` ${reviewedOn}` : ''}` : null;
  return [
    [
      { key: 'lessonType', label: '课型', value: facts.lessonType },
      { key: 'period', label: '课时', value: facts.period },
      { key: 'leadDrafter', label: '主备', value: facts.leadDrafter },
      { key: 'reviewer', label: '审核', value: reviewer },
    ],
    [
      { key: 'teachingDate', label: '授课时间', value: facts.teachingDate ? chineseDay(facts.teachingDate) : null },
      { key: 'className', label: '班级', value: facts.className },
      { key: 'groupNumber', label: '小组', value: null },
      { key: 'studentName', label: '姓名', value: null },
    ],
  ];
}
