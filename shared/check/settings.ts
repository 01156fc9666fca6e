import type { BlockKind } from '../editor/blockKinds.ts';
import type { LessonType, RuleId, Severity } from './types.ts';

/** A range of grades and the length of their lessons. */
export interface LessonLength {
  fromGrade: number;
  toGrade: number;
  minutes: number;
}

/**
 * What a school decides about its guides. Every field has a default (domain.md and the
 * templates); a school's own settings are merged over them with `withSettings`.
 */
export interface CheckSettings {
  /** Lesson length by grade: 40 minutes in grades 1–6, 45 from grade 7. */
  lessonLengths: LessonLength[];
  /** The school's classroom model, e.g. 10+35: teacher talk at most 10 minutes. null turns a rule off. */
  model: {
    /** Most minutes of teacher input (精讲点拨 blocks) in one lesson. */
    teacherMaxMinutes: number | null;
    /** Fewest minutes of in-class practice, counted over `practiceKinds`. */
    practiceMinMinutes: number | null;
    practiceKinds: BlockKind[];
  };
  objectives: { min: number; max: number };
  /** Whether 当堂检测 items must carry a tier, and the marks the school uses. */
  tiering: { required: boolean; marks: string[] };
  /** Blocks a guide of each 课型 must have, besides 学习目标 (which has its own rule). */
  requiredBlocks: Record<LessonType, BlockKind[]>;
  /** Rules switched off or given another severity. */
  rules: Partial<Record<RuleId, { enabled?: boolean; severity?: Severity }>>;
}

/** How serious each rule is unless the school says otherwise. */
export const defaultSeverities: Record<RuleId, Severity> = {
  'objectives.missing': 'error',
  'objectives.count': 'warning',
  'objectives.verbs': 'warning',
  'objectives.unchecked': 'warning',
  'wording.teacher': 'warning',
  'balance.exercises': 'warning',
  'mutual.layers': 'warning',
  'time.overrun': 'warning',
  'time.model': 'warning',
  'check.tier': 'warning',
  'blocks.required': 'warning',
  'space.doubts': 'info',
  'header.incomplete': 'error',
  'answers.missing': 'warning',
  'copies.identical': 'warning',
  'guides.similar': 'warning',
};

/**
 * The defaults: lesson lengths and the 10-minute teacher-talk rule from domain.md; the
 * practice minimum is off (each school sets its own); tiers as the templates mark them;
 * the required blocks are the 自学 / 互学 / 评学 steps every template of the 课型 has.
 */
export const defaultCheckSettings: CheckSettings = {
  lessonLengths: [
    { fromGrade: 1, toGrade: 6, minutes: 40 },
    { fromGrade: 7, toGrade: 12, minutes: 45 },
  ],
  model: { teacherMaxMinutes: 10, practiceMinMinutes: null, practiceKinds: ['check'] },
  objectives: { min: 2, max: 5 },
  tiering: { required: true, marks: ['A', 'B', 'C', '基础', '提高', '拓展', '必做', '选做', '★'] },
  requiredBlocks: {
    新授课: ['selfStudy', 'mutualLearning', 'check'],
    复习课: ['selfStudy', 'mutualLearning', 'check'],
    讲评课: ['selfStudy', 'mutualLearning', 'check'],
    实验课: ['mutualLearning', 'check'],
    活动课: ['mutualLearning'],
  },
  rules: {},
};

/** The school's settings over the defaults (a partial object from storage). */
export function withSettings(school: Partial<Omit<CheckSettings, 'requiredBlocks'>> & { requiredBlocks?: Partial<CheckSettings['requiredBlocks']> } = {}): CheckSettings {
  return {
    ...defaultCheckSettings,
    ...school,
    model: { ...defaultCheckSettings.model, ...school.model },
    objectives: { ...defaultCheckSettings.objectives, ...school.objectives },
    tiering: { ...defaultCheckSettings.tiering, ...school.tiering },
    requiredBlocks: { ...defaultCheckSettings.requiredBlocks, ...school.requiredBlocks },
    rules: { ...defaultCheckSettings.rules, ...school.rules },
  };
}

/** The length of a lesson in this grade (45 when no range covers it). */
export function lessonMinutesFor(settings: CheckSettings, grade: number): number {
  return settings.lessonLengths.find((range) => grade >= range.fromGrade && grade <= range.toGrade)?.minutes ?? 45;
}

export function ruleEnabled(settings: CheckSettings, rule: RuleId): boolean {
  return settings.rules[rule]?.enabled ?? true;
}

export function severityOf(settings: CheckSettings, rule: RuleId): Severity {
  return settings.rules[rule]?.severity ?? defaultSeverities[rule];
}
