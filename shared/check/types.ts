import type { JSONContent } from '@tiptap/core';
import type { lessonTypes } from '../schemas/template.ts';
import type { Stage } from '../workflow/stages.ts';

export type LessonType = (typeof lessonTypes)[number];

/** The rules of the 导学案体检, with the ids contract.md names. */
export const ruleIds = [
  'objectives.missing',
  'objectives.count',
  'objectives.verbs',
  'objectives.unchecked',
  'wording.teacher',
  'balance.exercises',
  'mutual.layers',
  'time.overrun',
  'time.model',
  'check.tier',
  'blocks.required',
  'space.doubts',
  'header.incomplete',
  'answers.missing',
  'copies.identical',
  'guides.similar',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** 建议 / 警告 / 错误. An error stops 定稿 unless the leader overrides it with a reason. */
export const severities = ['info', 'warning', 'error'] as const;
export type Severity = (typeof severities)[number];

/** What a finding's message is built from (shown in the teacher's language by `findingText`). */
export type FindingParams = Record<string, string | number>;

/** One finding: the rule, how serious, the block it is about (null: the whole guide), and a one-line reason with the fix. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  blockId: string | null;
  message: string;
}

/** A finding as the rules produce it: `params` lets a screen word it in another language. */
export interface DetailedFinding extends Finding {
  params: FindingParams;
}

/** A finding before settings give it a severity and the messages give it words. */
export interface RawFinding {
  rule: RuleId;
  blockId: string | null;
  params: FindingParams;
}

/** Facts about the guide that are not in its content. */
export interface GuideCheckFacts {
  /** 年级 1–12 (the group's grade). */
  grade: number;
  lessonType: LessonType;
  stage: Stage;
  /** 主备 and 审核 as the header prints them; null when missing. */
  leadDrafter: string | null;
  reviewer: string | null;
}

export type GuideJson = JSONContent;
