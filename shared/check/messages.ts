import type { BlockKind } from '../editor/blockKinds.ts';
import type { FindingParams, RuleId } from './types.ts';

/** What a finding says: why, and what to do about it. */
export interface FindingText {
  reason: string;
  fix: string;
}

export type CheckLanguage = 'zh-CN' | 'en';

type Texts = Record<RuleId, (params: FindingParams) => FindingText>;

const str = (value: string | number | undefined) => (value === undefined ? '' : String(value));

const englishKinds: Record<BlockKind, string> = {
  objectives: 'Objectives',
  keyPoints: 'Key points',
  method: 'Study method',
  priorKnowledge: 'Prior knowledge',
  selfStudy: 'Self-study',
  mutualLearning: 'Group inquiry',
  presentation: 'Presentation',
  teacherInput: 'Teacher input',
  check: 'In-class check',
  extension: 'Extension',
  summary: 'Summary',
  reflection: 'Reflection',
  section: 'Other',
};

const chinese: Texts = {
  'objectives.missing': (p) => ({
    reason: p.hasBlock ? '学习目标还是空的' : '导学案没有学习目标',
    fix: '写 2–5 条以学生为主语的学习目标，如“能说出……”',
  }),
  'objectives.count': (p) => ({
    reason: `学习目标有 ${str(p.count)} 条，不在 ${str(p.min)}–${str(p.max)} 条之间`,
    fix: Number(p.count) > Number(p.max) ? '合并或删去次要目标，一节课聚焦几条' : '把本课要达成的目标写全',
  }),
  'objectives.verbs': (p) => ({
    reason: `目标${str(p.number)}“${str(p.objective)}”没有可观察的行为动词${p.vague ? `（只有“${str(p.vague)}”）` : ''}`,
    fix: '改用说出、写出、解释、运用等能看到学生做到的动词',
  }),
  'objectives.unchecked': (p) => ({
    reason:
      Number(p.count) > 1
        ? `目标${str(p.numbers)}在当堂检测中没有对应的题`
        : `目标${str(p.numbers)}“${str(p.objective)}”在当堂检测中没有对应的题`,
    fix: '在当堂检测中为每条目标至少出一道题',
  }),
  'wording.teacher': (p) => ({
    reason: `「${str(p.block)}」学生版中有教师口吻“${str(p.phrase)}”，读起来像教案`,
    fix: '改为以学生为主语的要求，或把这段放进精讲点拨（仅教师可见）',
  }),
  'balance.exercises': (p) => ({
    reason: `学生版中练习占 ${str(p.share)}%（${str(p.exercises)} 处填空或选择，引导和开放问题只有 ${str(p.guidance)} 处），读起来像试卷`,
    fix: '补充学法指导、探究问题或“想一想、说一说”等引导',
  }),
  'mutual.layers': (p) =>
    p.shape === 'flat'
      ? {
          reason: `「${str(p.block)}」的任务${str(p.task)}“${str(p.text)}”的几个问题停在同一层次，没有由浅入深`,
          fix: '在后面加一个要解释、比较或归纳的问题，让问题一层比一层深',
        }
      : {
          reason: `「${str(p.block)}」的任务${str(p.task)}“${str(p.text)}”只有一个问题`,
          fix: '拆成至少两个由浅入深的问题，或加“提示”式的铺垫问题',
        },
  'time.overrun': (p) => ({
    reason: `各环节时间合计 ${str(p.total)} 分钟，超出一节课的 ${str(p.lesson)} 分钟（多 ${str(p.over)} 分钟）`,
    fix: `压缩环节时间，如「${str(p.block)}」现为 ${str(p.minutes)} 分钟`,
  }),
  'time.model': (p) =>
    p.kind === 'teacher'
      ? { reason: `教师讲授合计 ${str(p.minutes)} 分钟，超过本校模式规定的 ${str(p.limit)} 分钟`, fix: '精讲少讲，把时间留给学生自学、互学' }
      : { reason: `当堂练习合计 ${str(p.minutes)} 分钟，少于本校模式规定的 ${str(p.limit)} 分钟`, fix: `增加${str(p.blocks)}的时间` },
  'check.tier': (p) =>
    p.unknown
      ? { reason: `「${str(p.block)}」中的分层标记“${str(p.unknown)}”不是本校使用的标记`, fix: `改用 ${str(p.marks)}` }
      : { reason: `「${str(p.block)}」有 ${str(p.count)} 道题没有分层`, fix: `为每道题标上层次（${str(p.marks)}）` },
  'blocks.required': (p) => ({
    reason: `${str(p.lessonType)}缺少「${str(p.block)}」环节`,
    fix: `添加「${str(p.block)}」模块（若已有，请把它设为对应的模块类型）`,
  }),
  'space.doubts': () => ({
    reason: '学生版没有留写“我的疑惑”或学后反思的地方',
    fix: '在自主学习后加“我的疑惑：____”，或添加学后反思模块',
  }),
  'header.incomplete': (p) => ({
    reason: `定稿的表头缺少${str(p.fields)
      .split(',')
      .map((field) => (field === 'leadDrafter' ? '主备' : '审核'))
      .join('、')}`,
    fix: '定稿前请确认主备教师和审核人（备课组长）',
  }),
  'answers.missing': (p) => ({
    reason: `「${str(p.block)}」有 ${str(p.count)} 道题在教师版中没有答案`,
    fix: '为每道题填写答案（只在教师版显示）',
  }),
  'copies.identical': () => ({
    reason: '已上课，但这份复备与定稿完全相同，没有二次备课',
    fix: '结合本班学情补充、调整内容，或在教师复备栏写下改动',
  }),
  'guides.similar': (p) => ({
    reason: `与“${str(p.other)}”的内容相似度达 ${str(p.percent)}%`,
    fix: '请核实是否重复提交，同年级的导学案应各有针对性',
  }),
};

const english: Texts = {
  'objectives.missing': (p) => ({
    reason: p.hasBlock ? 'The objectives are still empty' : 'The guide has no objectives',
    fix: 'Write 2–5 objectives with the student as subject, e.g. “can state …”',
  }),
  'objectives.count': (p) => ({
    reason: `${str(p.count)} objectives, not between ${str(p.min)} and ${str(p.max)}`,
    fix: Number(p.count) > Number(p.max) ? 'Merge or drop minor objectives so the lesson stays focused' : 'Write out all the objectives of this lesson',
  }),
  'objectives.verbs': (p) => ({
    reason: `Objective ${str(p.number)} “${str(p.objective)}” has no observable verb${p.vague ? ` (only “${str(p.vague)}”)` : ''}`,
    fix: 'Use verbs a teacher can see students do: state, write, explain, apply',
  }),
  'objectives.unchecked': (p) => ({
    reason:
      Number(p.count) > 1
        ? `No in-class check item checks objectives ${str(p.numbers).split('、').join(', ')}`
        : `No in-class check item checks objective ${str(p.numbers)} “${str(p.objective)}”`,
    fix: 'Add at least one check item for each objective',
  }),
  'wording.teacher': (p) => ({
    reason: `“${str(p.block)}” shows teacher wording “${str(p.phrase)}” in the student edition: it reads like a lesson plan`,
    fix: 'Rephrase with the student as subject, or move it to a teacher-only block',
  }),
  'balance.exercises': (p) => ({
    reason: `Exercises make up ${str(p.share)}% of the student edition (${str(p.exercises)} blanks or choices, ${str(p.guidance)} guidance or open questions): it reads like a test paper`,
    fix: 'Add study guidance, inquiry questions or “think and say” prompts',
  }),
  'mutual.layers': (p) =>
    p.shape === 'flat'
      ? {
          reason: `The questions of task ${str(p.task)} of “${str(p.block)}” (“${str(p.text)}”) stay on one level and never climb`,
          fix: 'Add a question that asks to explain, compare or generalise, so that each goes further than the last',
        }
      : {
          reason: `Task ${str(p.task)} of “${str(p.block)}” (“${str(p.text)}”) asks only one question`,
          fix: 'Split it into at least two questions of rising difficulty, or add a hint question',
        },
  'time.overrun': (p) => ({
    reason: `The sections add up to ${str(p.total)} minutes, ${str(p.over)} more than the ${str(p.lesson)}-minute lesson`,
    fix: `Shorten sections, e.g. “${str(p.block)}” takes ${str(p.minutes)} minutes`,
  }),
  'time.model': (p) =>
    p.kind === 'teacher'
      ? { reason: `Teacher input takes ${str(p.minutes)} minutes, more than the school's ${str(p.limit)}`, fix: 'Teach less and leave the time to self-study and group work' }
      : { reason: `In-class practice takes ${str(p.minutes)} minutes, less than the school's ${str(p.limit)}`, fix: 'Give the practice sections more time' },
  'check.tier': (p) =>
    p.unknown
      ? { reason: `“${str(p.block)}” uses tier marks the school does not use: ${str(p.unknown)}`, fix: `Use ${str(p.marks)}` }
      : { reason: `${str(p.count)} items of “${str(p.block)}” have no tier`, fix: `Give every item a tier (${str(p.marks)})` },
  'blocks.required': (p) => ({
    reason: `A ${str(p.lessonType)} guide needs a “${englishKinds[p.kind as BlockKind] ?? str(p.block)}” section`,
    fix: 'Add that block (or set an existing block to that kind)',
  }),
  'space.doubts': () => ({
    reason: 'The student edition leaves no room for “my questions” or a reflection',
    fix: 'Add “我的疑惑：____” after self-study, or a reflection block',
  }),
  'header.incomplete': (p) => ({
    reason: `The final's header has no ${str(p.fields)
      .split(',')
      .map((field) => (field === 'leadDrafter' ? 'lead drafter' : 'reviewer'))
      .join(' or ')}`,
    fix: 'Make sure the lead drafter and the reviewer (group leader) are set before finalising',
  }),
  'answers.missing': (p) => ({
    reason: `${str(p.count)} items of “${str(p.block)}” have no answer in the teacher edition`,
    fix: 'Write an answer for every item (shown only in the teacher edition)',
  }),
  'copies.identical': () => ({
    reason: 'Taught, but this class copy is identical to the final: no adaptation for the class',
    fix: 'Adapt it to the class, or note the changes in the margin column',
  }),
  'guides.similar': (p) => ({
    reason: `${str(p.percent)}% similar to “${str(p.other)}”`,
    fix: 'Check whether the same guide was handed in twice: guides of a grade should each fit their class',
  }),
};

const texts: Record<CheckLanguage, Texts> = { 'zh-CN': chinese, en: english };

/** A finding's reason and fix in a language (Chinese unless English is asked for). */
export function findingText(finding: { rule: RuleId; params: FindingParams }, language: string = 'zh-CN'): FindingText {
  const table = language.startsWith('en') ? texts.en : texts['zh-CN'];
  return table[finding.rule](finding.params);
}

/** The one-line message the API sends: reason and fix, in Chinese. */
export function findingMessage(finding: { rule: RuleId; params: FindingParams }): string {
  const { reason, fix } = findingText(finding);
  return `${reason}。${fix}。`;
}
