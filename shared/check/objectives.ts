import type { JSONContent } from '@tiptap/core';
import { guideBlocks, hasText, nodeText, questionItems, quote, type CheckedBlock } from './guideText.ts';
import type { CheckSettings } from './settings.ts';
import type { RawFinding } from './types.ts';

/**
 * 学习目标: present, 2–5 of them, each with an observable verb (说出, 写出, 解释, 运用 …
 * rather than a bare 了解 / 理解 / 掌握), and each checked by at least one 当堂检测 item.
 */

const numbering = /^\s*(?:\d+\s*[.．、)）]|[（(]\d+[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;
const splitAtNumbering = /\s*(?=(?:^|[\s；;。])(?:\d+\s*[.．、]|[（(]\d+[)）]|[①②③④⑤⑥⑦⑧⑨⑩]))/;

/** A line that labels the list rather than stating a goal: （Revision Goals）, 目标：, ☆预习案☆, too short. */
function isLabel(text: string): boolean {
  const line = text.trim();
  if (/^[（(][^（）()]*[)）]$/.test(line)) return true;
  if (/[：:]$/.test(line)) return true;
  return line.replace(/[\s\p{P}\p{S}]/gu, '').length < 4;
}

/** Where the goals end: 重点 / 难点, the lesson's facts, the next 【section】 or ☆part☆, Step 1. */
const endOfObjectives = /^\s*(?:【|☆|★|(?:学习|教学)?(?:重点|难点|重难点)|课型|教法|学法|教具|课时|Step\s*\d)/;
/** A line that opens a list of goals inside another block (imported guides often put them there). */
const objectivesLabel = /^\s*(?:[IVX]+\.\s*)?(?:【)?(?:学习目标|教学目标|讲评目标|复习目标|目标导航|复习导航|Learning (?:Goals|Objectives))/i;

/** 【感悟学习目标】, 目标 in a table cell, I. Learning Goals: a short line that names the goals. */
function isObjectivesLabel(line: string): boolean {
  const bare = line.replace(/[【】[\]：:\s]/g, '');
  return objectivesLabel.test(line) || (bare.length <= 10 && /目标|Goals|Objectives/i.test(bare));
}

/** The items of a run of lines: list items count one each, numbered lines are split at their numbers. */
function itemsOf(nodes: JSONContent[]): string[] {
  const items: string[] = [];
  for (const child of nodes) {
    if (child.type === 'orderedList' || child.type === 'bulletList') {
      for (const item of child.content ?? []) items.push(nodeText(item, { answers: false }));
    } else {
      for (const line of nodeText(child, { answers: false }).split('\n')) items.push(...line.split(splitAtNumbering));
    }
  }
  return items;
}

function cleanItems(items: string[]): string[] {
  const cleaned: string[] = [];
  for (const raw of items) {
    if (endOfObjectives.test(raw)) break;
    const item = raw.replace(/^[\s；;。，,、]+/, '').replace(numbering, '').replace(/\s+/g, ' ').trim();
    if (hasText(item) && !isLabel(item)) cleaned.push(item);
  }
  return cleaned;
}

/** The objectives written in the 学习目标 blocks: list items, else numbered lines, up to where the goals end. */
export function objectiveTexts(blocks: CheckedBlock[]): string[] {
  return cleanItems(blocks.flatMap((block) => itemsOf(block.node.content ?? [])));
}

/** The guide's objectives and the block that holds them: the 学习目标 blocks, else a labelled list in another block. */
export function guideObjectives(doc: JSONContent): { objectives: string[]; blockId: string | null; hasBlock: boolean } {
  const blocks = guideBlocks(doc);
  const objectivesBlocks = blocks.filter((block) => block.kind === 'objectives');
  const own = objectiveTexts(objectivesBlocks);
  if (own.length > 0) return { objectives: own, blockId: objectivesBlocks[0]?.id ?? null, hasBlock: true };
  for (const block of blocks) {
    if (block.kind === 'objectives') continue;
    const lines = itemsOf(block.node.content ?? []);
    const label = lines.findIndex((line) => isObjectivesLabel(line));
    if (label < 0) continue;
    // 学习目标：1. … on one line: the goals follow the label on that line.
    const rest = objectivesLabel.test(lines[label]) ? lines[label].replace(objectivesLabel, '').replace(/^[】\s:：]+/, '') : '';
    const found = cleanItems([rest, ...lines.slice(label + 1)]);
    if (found.length > 0) return { objectives: found, blockId: block.id, hasBlock: objectivesBlocks.length > 0 };
  }
  return { objectives: [], blockId: objectivesBlocks[0]?.id ?? null, hasBlock: objectivesBlocks.length > 0 };
}

/** Goals of attitude and values (情感态度价值观): nobody observes or tests them in one lesson, so the verb and check rules leave them alone. */
const affectivePattern = /增强|培养|树立|激发|养成|感受到|热爱|愿意|意识|情感|态度|价值观|观点|观念|习惯|责任感|兴趣|认同/;

export function isAffective(objective: string): boolean {
  return affectivePattern.test(objective);
}

/** Verbs a teacher can see a student do (课程标准's 行为动词). */
export const observableVerbs = [
  '说出', '写出', '说明', '解释', '运用', '应用', '列举', '举例', '画出', '作出', '求出', '计算', '解决', '判断',
  '比较', '归纳', '概括', '复述', '朗读', '背诵', '默写', '翻译', '描述', '谈论', '使用', '表达', '区分', '辨析',
  '辨别', '找出', '识别', '证明', '推导', '设计', '制作', '总结', '分析', '填写', '读出', '读懂', '听懂', '认读',
  '书写', '讲述', '辨认', '指出', '求解', '仿写', '改写', '阐述', '评价', '提出', '演示', '测量', '估算',
  '探究', '化简', '鉴赏', '赏析', '概述', '简述', '解方程', '画', '写', '读', '说', '算', '用',
];
/** Verbs nobody can observe, fine only next to an observable one. */
export const vagueVerbs = ['了解', '理解', '掌握', '知道', '认识', '体会', '感受', '领会', '熟悉', '懂得', '明白', '感悟', '经历'];

/** Observable verbs of objectives written in English (English lessons often state them so). */
const englishObservable = /\b(?:talk|describe|write|use|retell|read|skim|scan|identify|explain|list|compare|summari[sz]e|express|ask|answer|tell|say|make|act|role-play|introduce|give|find|match|complete|fill|spell|pronounce|discuss|present)/i;

/** The observable verb of an objective, or null. Single-character verbs count only after 能 / 会 (能用英语…, 会画…). */
export function observableVerbOf(objective: string): string | null {
  for (const verb of observableVerbs) {
    if (verb.length === 1) {
      if (new RegExp(`(?:能|会|能够)(?:正确|熟练|准确|流利|独立)?(?:地)?${verb}`).test(objective)) return verb;
      continue;
    }
    if (objective.includes(verb)) return verb;
  }
  return englishObservable.exec(objective)?.[0] ?? null;
}

function vagueVerbOf(objective: string): string | null {
  return vagueVerbs.find((verb) => objective.includes(verb)) ?? null;
}

/** Words that say nothing about the content of an objective. */
const fillerWords = [
  ...observableVerbs.filter((verb) => verb.length > 1),
  ...vagueVerbs,
  '能够', '能', '会', '并且', '并', '和', '与', '及', '或', '的', '地', '得', '之间', '正确', '熟练', '准确', '初步',
  '进一步', '简单', '相关', '有关', '一些', '学会', '通过', '根据', '利用', '借助', '用英语', '复习', '学习', '本单元',
  '本节课', '本节', '本课', '知识', '实际问题', '实际', '问题', '数量关系', '方法', '过程', '能力',
];
const fillerPattern = new RegExp(fillerWords.sort((a, b) => b.length - a.length).join('|'), 'g');

/** The content terms of an objective: two-character pieces of its Chinese words and its English words. */
export function keyTerms(objective: string): Set<string> {
  const terms = new Set<string>();
  const stripped = objective.toLowerCase().replace(fillerPattern, ' ');
  for (const run of stripped.match(/[\p{Script=Han}]{2,}/gu) ?? []) {
    for (let index = 0; index + 2 <= run.length; index += 1) terms.add(run.slice(index, index + 2));
  }
  for (const word of stripped.match(/[a-z]{3,}/g) ?? []) terms.add(word);
  return terms;
}

export function objectivesMissing(doc: JSONContent): RawFinding[] {
  const { objectives, blockId, hasBlock } = guideObjectives(doc);
  if (objectives.length > 0) return [];
  return [{ rule: 'objectives.missing', blockId, params: { hasBlock: hasBlock ? 1 : 0 } }];
}

export function objectivesCount(doc: JSONContent, settings: CheckSettings): RawFinding[] {
  const { objectives, blockId } = guideObjectives(doc);
  const count = objectives.length;
  if (count === 0) return [];
  const { min, max } = settings.objectives;
  if (count >= min && count <= max) return [];
  return [{ rule: 'objectives.count', blockId, params: { count, min, max } }];
}

export function objectivesVerbs(doc: JSONContent): RawFinding[] {
  const { objectives, blockId } = guideObjectives(doc);
  return objectives.flatMap((objective, index) => {
    if (observableVerbOf(objective) || isAffective(objective)) return [];
    return [
      {
        rule: 'objectives.verbs' as const,
        blockId,
        params: { number: index + 1, objective: quote(objective), vague: vagueVerbOf(objective) ?? '' },
      },
    ];
  });
}

/**
 * An objective no 当堂检测 item checks: none of its content terms appears in the check.
 * Terms every objective shares (the lesson's topic, e.g. 一次函数) do not count, and an
 * objective whose terms are all generic is not judged. Nothing is said without a check
 * that has items (blocks.required covers a missing 检测).
 */
export function objectivesUnchecked(doc: JSONContent): RawFinding[] {
  const blocks = guideBlocks(doc);
  const { objectives, blockId } = guideObjectives(doc);
  const checkText = blocks
    .filter((block) => block.kind === 'check')
    .map((block) => nodeText(block.node))
    .join('\n')
    .toLowerCase();
  const checkItems = blocks.filter((block) => block.kind === 'check').flatMap((block) => questionItems(block.node));
  if (objectives.length === 0 || !checkItems.some((item) => hasText(item.text))) return [];
  const termsPerObjective = objectives.map(keyTerms);
  const shared =
    termsPerObjective.length >= 2
      ? [...termsPerObjective[0]].filter((term) => termsPerObjective.every((terms) => terms.has(term)))
      : [];
  const unchecked = objectives.flatMap((objective, index) => {
    const terms = [...termsPerObjective[index]].filter((term) => !shared.includes(term));
    if (isAffective(objective)) return [];
    return terms.length === 0 || terms.some((term) => checkText.includes(term)) ? [] : [{ number: index + 1, objective }];
  });
  if (unchecked.length === 0) return [];
  // One finding for all of them: the fix is the same, in the same block.
  return [
    {
      rule: 'objectives.unchecked',
      blockId,
      params: {
        numbers: unchecked.map((item) => item.number).join('、'),
        count: unchecked.length,
        objective: quote(unchecked[0].objective),
      },
    },
  ];
}
