import type { Copy } from '../../../shared/schemas/copy.ts';
import type { Guide } from '../../../shared/schemas/guide.ts';

/** What the top of a printed guide shows (domain.md: 课题, 课型, 课时, 主备人, 审核人, 审核日期, 班级). */
export interface PaperFacts {
  kicker: string;
  title: string;
  subject: string;
  grade: number;
  lessonType: string;
  period: string | null;
  leadDrafter: string;
  reviewer: string | null;
  reviewedAt: string | null;
  /** Only on a class copy (二次备课). */
  className: string | null;
  /** 学科 and 年级 as the guide's header prints them (an imported file's), when it does. */
  headerSubject?: string | null;
  headerGrade?: string | null;
}

export function paperFactsOfGuide(guide: Guide): PaperFacts {
  return {
    kicker: guide.unit ? `${guide.groupName} · ${guide.unit}` : guide.groupName,
    title: guide.title,
    subject: guide.subject,
    grade: guide.grade,
    lessonType: guide.lessonType,
    period: guide.period,
    leadDrafter: guide.leadDrafter.name,
    reviewer: guide.reviewer?.name ?? null,
    reviewedAt: guide.reviewedAt,
    className: null,
    headerSubject: guide.header.subject ?? null,
    headerGrade: guide.header.grade ?? null,
  };
}

/** `kicker`: the line above the title, e.g. 二次备课 · 基于 定稿 v1. */
export function paperFactsOfCopy(copy: Copy, kicker: string): PaperFacts {
  return {
    kicker,
    title: copy.guideTitle,
    subject: copy.subject,
    grade: copy.grade,
    lessonType: copy.lessonType,
    period: copy.period,
    leadDrafter: copy.leadDrafter.name,
    reviewer: copy.reviewer?.name ?? null,
    reviewedAt: copy.reviewedAt,
    className: copy.className,
  };
}
