/**
 * The kinds of block a guide is built from, in the order they usually appear.
 * Each kind is its own node type so the schema, diffs and editions can tell them apart;
 * the label a school uses for it (e.g. 自主学习 or 预习导学) is the block's `title`.
 */
export const blockKinds = [
  'objectives', // 学习目标
  'keyPoints', // 重点难点
  'method', // 学法指导
  'priorKnowledge', // 知识链接
  'selfStudy', // 自学
  'mutualLearning', // 互学
  'presentation', // 展学
  'teacherInput', // 精讲点拨
  'check', // 评学 / 当堂检测
  'extension', // 拓展提升
  'summary', // 课堂小结
  'reflection', // 反思
  'section', // any other labelled block
] as const;

export type BlockKind = (typeof blockKinds)[number];

export const audiences = ['all', 'teacher'] as const;
export type Audience = (typeof audiences)[number];

/** The label a new block of each kind gets when the teacher adds it from the menu. */
export const defaultBlockTitles: Record<BlockKind, string> = {
  objectives: '学习目标',
  keyPoints: '重点难点',
  method: '学法指导',
  priorKnowledge: '知识链接',
  selfStudy: '自主学习',
  mutualLearning: '合作探究',
  presentation: '展示交流',
  teacherInput: '精讲点拨',
  check: '当堂检测',
  extension: '拓展提升',
  summary: '课堂小结',
  reflection: '学后反思',
  section: '其他',
};

/** Blocks that are for the teacher by default (hidden from the 学生版). */
export const teacherOnlyByDefault: ReadonlySet<BlockKind> = new Set(['teacherInput']);

export function isBlockKind(name: string): name is BlockKind {
  return (blockKinds as readonly string[]).includes(name);
}
