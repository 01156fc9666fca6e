import { blockKinds, type BlockKind } from '../editor/blockKinds.ts';
import { parseChineseNumeral } from '../edition/blockHeading.ts';

/** For each block kind, the labels schools use for it. A school may edit its own copy. */
export type LabelSynonyms = Record<BlockKind, readonly string[]>;

/**
 * The labels of domain.md's block table, the templates' titles and the common variants seen in
 * published guides. A label maps to a kind when it equals one of these or starts with one
 * (the longest wins: 自学自测 before 自学). `section` starts empty: a school can list labels
 * there to keep them generic (e.g. 词汇拓展 so it does not count as 拓展).
 */
export const defaultLabelSynonyms: LabelSynonyms = {
  objectives: ['学习目标', '目标导航', '复习目标', '复习导航', '教学目标', '学习要求', '目标引领', '课标要求', '目标导学'],
  keyPoints: ['重点难点', '学习重点', '学习难点', '重难点', '教学重点', '教学难点', '重点', '难点'],
  method: ['学法指导', '使用说明', '学习方法', '学法'],
  priorKnowledge: ['知识链接', '复习导入', '复习铺垫', '温故知新', '旧知回顾', '知识回顾', '情境导入', '导入新课', '新课导入', '课前热身'],
  selfStudy: [
    '自主学习',
    '预习导学',
    '新知预习',
    '自学自测',
    '课前预习',
    '自主预习',
    '自学指导',
    '词汇自学',
    '知识梳理',
    '自我诊断',
    '自我检测',
    '独学',
    '自学',
  ],
  mutualLearning: ['合作探究', '对学群学', '对学', '群学', '小组合作', '合作学习', '互学', '探究新知', '合作交流', '典例探究', '合作纠错'],
  presentation: ['展示交流', '展示提升', '展学', '成果展示', '展示点评', '展示'],
  teacherInput: ['精讲点拨', '释疑点拨', '导案', '教师点拨', '点拨提升', '点拨精讲', '方法归纳', '精讲'],
  check: ['当堂检测', '达标检测', '评学', '课堂检测', '当堂训练', '达标测评', '变式训练', '课堂练习', '检测反馈'],
  extension: ['拓展提升', '分层作业', '拓展延伸', '能力提升', '课后作业', '课后拓展', '拓展训练', '拓展', '课后巩固', '课后练习'],
  summary: ['课堂小结', '归纳总结', '课堂总结', '总结提升', '小结'],
  reflection: ['学后反思', '教后反思', '课后反思', '学习反思', '自我评价', '反思'],
  section: [],
};

/** How a label line was written. */
export type LabelForm = 'numbered' | 'bracketed' | 'bare' | 'heading';

export interface ParsedBlockLabel {
  kind: BlockKind;
  /** The label as the school wrote it, without numbering, brackets or minutes (自主学习). */
  title: string;
  minutes: number | null;
  /** Found in the dictionary; false means the block is kept as a generic `section`. */
  mapped: boolean;
  /** The heading carried a teacher-only mark (【教师用】). */
  teacherOnly: boolean;
  /** Text after the label on the same line: 【学习重点】一次函数的概念。 -> 一次函数的概念。 */
  rest: string;
  /** Remarks in brackets after the label that are not minutes, e.g. 写出所给词的正确形式. */
  note: string | null;
  /** The section number when the label had one (三、 -> 3). */
  number: number | null;
  form: LabelForm;
}

export interface ParseLabelOptions {
  synonyms?: LabelSynonyms;
  /** The line is a Word heading: any text opens a block (a `section` when it does not map). */
  heading?: boolean;
  /** A Word heading style's paragraph: its short words after the colon are part of its title. */
  wordHeading?: boolean;
}

const whitespace = /[\s\u3000]+/g;

/** A label without spaces (schools write 学 习 目 标), in one case, for comparison. */
function normaliseLabel(label: string): string {
  return label.replace(whitespace, '').toLowerCase();
}

/**
 * The block kind a label stands for, or null. Matches when the label equals a synonym or
 * starts with one (合作探究一 -> mutualLearning); the longest matching synonym wins.
 */
export function mapLabelToKind(label: string, synonyms: LabelSynonyms = defaultLabelSynonyms): BlockKind | null {
  const wanted = normaliseLabel(label);
  if (!wanted) return null;
  let best: { kind: BlockKind; length: number } | null = null;
  for (const kind of blockKinds) {
    for (const synonym of synonyms[kind]) {
      const candidate = normaliseLabel(synonym);
      if (!candidate || !wanted.startsWith(candidate)) continue;
      if (!best || candidate.length > best.length) best = { kind, length: candidate.length };
    }
  }
  return best?.kind ?? kindByMeaning(label);
}

/**
 * Words that say what a block is for, when its label is not in the dictionary: 预习 -> 自学,
 * 探究 -> 互学, 训练/检测/练习 -> 评学 … The word found first in the label decides (合作、交流、展示
 * is 互学), the longer one on a tie.
 */
const meaningWords: [BlockKind, readonly string[]][] = [
  ['objectives', ['目标', '课标', '考点', 'goal', 'aim', 'objective']],
  ['keyPoints', ['重难点', '重、难点', '重点', '难点', 'key point']],
  ['method', ['学法', '使用说明', '方法指导', '学习建议']],
  ['priorKnowledge', ['导入', '回顾', '链接', '情境', '情景', '温故', '铺垫', '定位', '热身', 'lead', 'warm', 'pre-']],
  ['selfStudy', ['预习', '自学', '自主', '梳理', '独学', '课前', '导学', '自读', '初读', '感知', 'reading', 'preview', 'while-', 'before class', 'pre-class']],
  ['mutualLearning', ['探究', '合作', '互学', '讨论', '交流', '对学', '群学', '新知', '新课', '纠错', '研讨', '活动', '任务', '课堂学习', '学习单', 'discuss', 'cooperat', 'in class', 'in-class']],
  ['presentation', ['展示', '展学', '汇报', 'post-', 'presentation', 'production']],
  ['teacherInput', ['教师活动', '教师指导', '老师活动', '设计意图', '点拨', '精讲', '讲解', '助学', '精析', '剖析', '释疑', '导案', '板书', '典例', '例析', '讲评']],
  ['check', ['检测', '训练', '练习', '巩固', '达标', '测评', '反馈', '强化', '习题', '应用', '过关', '当堂', '测试', 'exercise', 'practice', 'test', 'check', 'consolidation', 'quiz']],
  ['extension', ['拓展', '延伸', '作业', '提升', 'homework', 'assignment', 'after class', 'after-class']],
  ['summary', ['小结', '总结', '收获', '归纳', 'summary', 'summing']],
  ['reflection', ['反思', '评价', '疑惑', '问题记录', 'reflection', 'assessment', 'self-evaluation']],
];

/** Step labels inside a block (【探究一】, 【活动二】, 【讨论】, 【温馨提示】): never a block by their meaning. */
const stepLabelPattern =
  /^(?:探究|活动|任务|问题|例题?|典例|变式|变式练习|跟踪训练|针对训练|即时训练|对点训练|实验|实验步骤|步骤|讨论|猜想|思考|提示|温馨提示|注意|想一想|做一做|议一议|练一练|读一读|知识点|考点)[\s\u3000]*[一二三四五六七八九十\d]*$/;

/** 【课前】/【课中】/【课后】: a heading naming when in the lesson the blocks under it happen, grouping them. */
const groupHeadingPattern = /^(?:课前|课中|课后|课上|课下)(?:部分|篇|环节|阶段)?$/;

/** A label that only groups the blocks under it by when they happen (课前, 课中部分, 课后). */
export function isGroupHeading(label: string): boolean {
  return groupHeadingPattern.test(normaliseLabel(label));
}

/** The one-character stage labels of 六环节 guides (【导】【学】【议】【展】【评】【检】). */
const stageCharacters: Record<string, BlockKind> = {
  导: 'priorKnowledge',
  学: 'selfStudy',
  思: 'selfStudy',
  议: 'mutualLearning',
  展: 'presentation',
  评: 'teacherInput',
  检: 'check',
  练: 'check',
  测: 'check',
  结: 'summary',
  拓: 'extension',
};

export function kindByMeaning(label: string): BlockKind | null {
  const wanted = normaliseLabel(label);
  if (!wanted || stepLabelPattern.test(wanted) || groupHeadingPattern.test(wanted)) return null;
  if (wanted.length === 1) return stageCharacters[wanted] ?? null;
  // 导学流程, 学习过程: a label naming the course of the lesson only groups blocks.
  if (/(?:流程|过程|步骤|环节)$/.test(wanted)) return null;
  // 讲评目标, 感悟学习目标: a label naming goals is the goals whatever comes before.
  if (/目标|goals?$/.test(wanted)) return 'objectives';
  let best: { kind: BlockKind; at: number; length: number } | null = null;
  for (const [kind, words] of meaningWords) {
    for (const word of words) {
      const at = wanted.indexOf(word.replace(whitespace, ''));
      if (at === -1) continue;
      if (!best || at < best.at || (at === best.at && word.length > best.length)) best = { kind, at, length: word.length };
    }
  }
  return best?.kind ?? null;
}

/** Labels of parts written for the teacher only (板书设计, 教学反思, 导案). */
const teacherLabelPattern = /^(?:板书设计|板书|教学反思|教后反思|教后记|教学后记|导案|教师用|二备|复备|二次备课|教师活动|教师指导|老师活动|设计意图|教学意图|设计说明|教学建议)/;

/** A label naming a part only the teacher reads. */
export function isTeacherLabel(title: string): boolean {
  return teacherLabelPattern.test(normaliseLabel(title));
}

/** The kind whose synonyms contain exactly this label, or null. */
function exactKind(label: string, synonyms: LabelSynonyms): BlockKind | null {
  const wanted = normaliseLabel(label);
  for (const kind of blockKinds) {
    if (synonyms[kind].some((synonym) => normaliseLabel(synonym) === wanted)) return kind;
  }
  return null;
}

const minutesPattern =
  /^(?:约|大约|限时|用时|建议用时|时间|共|计)?\s*[:：]?\s*(\d{1,2})\s*(?:分钟|分|mins?|minutes|′|')\s*(?:左右)?$/i;

/** Minutes written as 约10分钟, 限时8分钟, 15分钟, 5′ or 10 min; null otherwise. */
export function parseMinutes(text: string): number | null {
  const match = minutesPattern.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]);
  return minutes >= 0 && minutes <= 90 ? minutes : null;
}

const teacherMarkPattern = /^(?:教师用|仅教师|仅教师版|教师版|教师专用)$/;

/** 【教师用】-style marks: the block is for the teacher only. */
export function isTeacherOnlyMark(text: string): boolean {
  return teacherMarkPattern.test(text.trim());
}

const openers: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕' };
const titleStops = /[（(：:【[〔\u3000]|-(?=[\u4e00-\u9fff])|—(?=[\u4e00-\u9fff])/;

interface TitleAndTail {
  title: string;
  minutes: number | null;
  note: string | null;
  teacherOnly: boolean;
  rest: string;
}

/**
 * Reads what follows a label: minutes and marks in brackets, then a colon, then the rest of the
 * line. Round brackets that are neither minutes nor a mark become the note when `keepNotes`.
 */
function readMarks(after: string, keepNotes: boolean, minutesSoFar: number | null = null): Omit<TitleAndTail, 'title'> {
  let tail = after;
  let minutes = minutesSoFar;
  let teacherOnly = false;
  const notes: string[] = [];
  for (;;) {
    tail = tail.replace(/^[\s\u3000]+/, '');
    const closer = openers[tail[0]];
    if (!closer) break;
    const close = tail.indexOf(closer, 1);
    if (close === -1) break;
    const inner = tail.slice(1, close).trim();
    const innerMinutes = parseMinutes(inner);
    if (innerMinutes !== null && minutes === null) minutes = innerMinutes;
    else if (isTeacherOnlyMark(inner)) teacherOnly = true;
    else if (keepNotes && (tail[0] === '（' || tail[0] === '(')) notes.push(inner);
    else break;
    tail = tail.slice(close + 1);
  }
  tail = tail.replace(/^[\s\u3000]*[：:][\s\u3000]*/, '');
  return { minutes, teacherOnly, note: notes.length > 0 ? notes.join('；') : null, rest: tail.trim() };
}

/** Splits 合作探究（约10分钟）【教师用】：text into its title, minutes, marks and the rest. */
function splitTitleAndTail(body: string): TitleAndTail {
  const text = body.trim();
  let end = text.search(titleStops);
  // A space ends a Chinese label (自我评价 ☆☆☆); Latin labels keep theirs (Unit 6 Review).
  const space = text.search(/\s/);
  if (space > 0 && /[\u4e00-\u9fff]/.test(text.slice(0, space)) && (end === -1 || space < end)) end = space;
  const title = end === -1 ? text : text.slice(0, end).trim();
  let tail = end === -1 ? '' : text.slice(end);
  let minutes: number | null = null;
  const inline = /^\s*((?:约|限时|用时)?\s*\d{1,2}\s*(?:分钟|min))/i.exec(tail);
  if (inline) {
    minutes = parseMinutes(inline[1]);
    tail = tail.slice(inline[0].length);
  }
  return { title, ...readMarks(tail, true, minutes) };
}

const numberedPattern = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.+)$/;
const partPattern = /^第([一二三四五六七八九十]{1,3})(?:部分|环节|板块|步|课段)\s*[：:、.．]?\s*(.+)$/;
/** 环节一：情境导入, 板块二、合作探究: the step's word before its number. */
const stepNumberPattern = /^(?:环节|板块|模块)([一二三四五六七八九十]{1,3})\s*[：:、.．]?\s*(.+)$/;
// Roman numerals as letters (II.) or as the characters of Word's symbol table (Ⅱ．).
const romanPattern = /^(I{1,3}|IV|VI{0,3}|IX|X|[\u2160-\u216b])\s*[.．、]\s*(.+)$/;
const stepPattern = /^Step\s*(\d{1,2})[\s\u3000.:：]*(.+)$/i;
const romanValues: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
for (let value = 1; value <= 12; value += 1) romanValues[String.fromCharCode(0x215f + value)] = value;
/** A symbol marking a label on its left only (◆学习目标); ★/☆ are left out, they mark items' tiers. */
const leftMarkPattern = /^[◆◇●■□※▲△►▶][\s\u3000]*(?=[\u4e00-\u9fff【[])/;
const decorations = /^[☆★◆◇●■□※\s\u3000]+|[☆★◆◇●■□※\s\u3000]+$/g;
const bracketedPattern = /^[【[]([^】\]]{1,24})[】\]]\s*(.*)$/;

/** Longest bare label (no number, no brackets) we accept as a heading: longer lines are prose. */
const maxBareLabelLength = 12;

/**
 * Reads a line that opens a block of a guide, the way teachers' Word files write them:
 * 一、自主学习（约10分钟）, 【学习目标】, 合作探究（15分钟）, 当堂检测, or a Word heading. Returns
 * null when the line does not open a block (a question, a sub-heading such as （一）新知预习,
 * or prose). A numbered line or a heading that does not map becomes a generic `section`
 * (mapped: false); a bracketed or bare label must be in the dictionary.
 */
export function parseBlockLabel(line: string, options: ParseLabelOptions = {}): ParsedBlockLabel | null {
  const synonyms = options.synonyms ?? defaultLabelSynonyms;
  // ☆预习案☆: decorations around a label are not part of it.
  const decorated = /^[☆★◆◇●■※]+[^☆★◆◇●■※]{2,12}[☆★◆◇●■※]+$/.test(line.trim());
  // ◆自主学习（10分钟）: a mark on the left of a label; a sentence after such a mark is no label.
  const leftMark = decorated ? null : leftMarkPattern.exec(line.trim());
  const marked = decorated || (leftMark !== null && !/[，。？！；,?!;]/.test(line));
  const text = decorated ? line.replace(decorations, '') : leftMark ? line.trim().slice(leftMark[0].length) : line.trim();
  if (!text) return null;

  const latin = romanPattern.exec(text) ?? stepPattern.exec(text);
  if (latin) {
    const parts = splitTitleAndTail(latin[2]);
    const kind = parts.title ? mapLabelToKind(parts.title, synonyms) : null;
    // Ⅲ．课堂活动 outside the dictionary is a block of its own, as 三、 is; an English line is not.
    const chineseTitle = /^[\u4e00-\u9fff]{2,12}$/.test(parts.title);
    if ((kind || chineseTitle) && parts.title.length <= 40) {
      return {
        kind: kind ?? 'section',
        title: parts.title,
        minutes: parts.minutes,
        mapped: kind !== null,
        teacherOnly: parts.teacherOnly,
        rest: parts.rest,
        note: parts.note,
        number: romanValues[latin[1].toUpperCase()] ?? Number(latin[1]),
        form: 'numbered',
      };
    }
  }

  const numbered = numberedPattern.exec(text) ?? partPattern.exec(text) ?? stepNumberPattern.exec(text);
  if (numbered) {
    // 二、【合作探究】（3分钟）: the brackets inside a numbered label are not part of its title.
    const inner = /^[【[]([^】\]]{1,24})[】\]](.*)$/.exec(numbered[2].trim());
    const parts = splitTitleAndTail(inner ? `${inner[1]}${inner[2]}` : numbered[2]);
    if (parts.title) {
      const kind = mapLabelToKind(parts.title, synonyms);
      return {
        kind: kind ?? 'section',
        title: parts.title,
        minutes: parts.minutes,
        mapped: kind !== null,
        teacherOnly: parts.teacherOnly,
        rest: parts.rest,
        note: parts.note,
        number: parseChineseNumeral(numbered[1]),
        form: 'numbered',
      };
    }
  }

  const bracketed = bracketedPattern.exec(text);
  if (bracketed) {
    const inside = splitTitleAndTail(bracketed[1]);
    const kind = mapLabelToKind(inside.title, synonyms);
    if (kind || options.heading || isGroupHeading(inside.title)) {
      const tail = readMarks(bracketed[2], false);
      return {
        kind: kind ?? 'section',
        title: inside.title,
        minutes: inside.minutes ?? tail.minutes,
        mapped: kind !== null,
        teacherOnly: inside.teacherOnly || tail.teacherOnly,
        rest: tail.rest,
        note: inside.note ?? tail.note,
        number: null,
        form: 'bracketed',
      };
    }
  }

  const parts = splitTitleAndTail(text);
  // 学 习 目 标: a label spaced out letter by letter is still the label.
  const spaced = /^[\u4e00-\u9fff](?:[\s\u3000]+[\u4e00-\u9fff])+$/.test(text);
  if (spaced) Object.assign(parts, { title: text.replace(whitespace, ''), rest: '' });
  const bareKind = parts.title.length <= maxBareLabelLength ? (exactKind(parts.title, synonyms) ?? (marked ? mapLabelToKind(parts.title, synonyms) : null)) : null;
  const colonAfterTitle = new RegExp(`^${escapeRegExp(parts.title)}[\\s\\u3000]*[：:]`).test(text);
  if (bareKind && (isBlankRest(parts.rest) || colonAfterTitle)) {
    return {
      kind: bareKind,
      title: parts.title,
      minutes: parts.minutes,
      mapped: true,
      teacherOnly: parts.teacherOnly,
      rest: parts.rest,
      note: parts.note,
      number: null,
      form: 'bare',
    };
  }

  if (options.heading && !/^[（(][一二三四五六七八九十\d]+[)）]/.test(text)) {
    const kind = mapLabelToKind(parts.title || text, synonyms);
    // 学习任务一：认识细胞膜的功能: a heading's short words after its colon name the block too.
    const named = options.wordHeading === true && kind !== null && parts.rest !== '' && parts.rest.length <= 20 && colonAfterTitle && !/[。；？！，?!;,]/.test(parts.rest);
    return {
      kind: kind ?? 'section',
      title: named ? `${parts.title}：${parts.rest}` : parts.title || text,
      minutes: parts.minutes,
      mapped: kind !== null,
      teacherOnly: parts.teacherOnly,
      rest: named ? '' : parts.rest,
      note: parts.note,
      number: null,
      form: 'heading',
    };
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Only blanks to fill in, or nothing: a bare label may be followed by its writing line. */
function isBlankRest(rest: string): boolean {
  return /^[_＿\s\u3000]*$/.test(rest);
}

/** A tier read from a mark: the tier as stored and the text after the mark. */
export interface ParsedTier {
  tier: string;
  rest: string;
}

const tierWords = ['基础', '提高', '拓展', '必做', '选做'] as const;

/** The stored form of a tier written as A组, b层, 基础题, ☆ … */
function normaliseTier(raw: string): string | null {
  const text = raw.replace(whitespace, '');
  if (/^[★☆]+$/.test(text)) return '★'.repeat(text.length);
  const letter = /^([A-Ca-c])(?:组|层|级|类|档)?(?:题)?$/.exec(text);
  if (letter) return letter[1].toUpperCase();
  const word = /^(基础|提高|拓展|必做|选做)(?:题|练习|训练|层|组)?$/.exec(text);
  if (word) return word[1];
  return null;
}

/**
 * A tier mark at the start of a question's text: 【A组】, [B], （基础）, ★, A组, 选做题.
 * Returns the tier (A / B / C / 基础 / 提高 / 拓展 / 必做 / 选做 / ★) and the text after it.
 */
export function parseTierMark(text: string): ParsedTier | null {
  const source = text.replace(/^[\s\u3000]+/, '');
  const closer = openers[source[0]];
  if (closer) {
    const close = source.indexOf(closer, 1);
    if (close > 1 && close <= 8) {
      const tier = normaliseTier(source.slice(1, close));
      if (tier) return { tier, rest: source.slice(close + 1).replace(/^[\s\u3000]+/, '') };
    }
    return null;
  }
  const stars = /^([★☆]+)[\s\u3000]*/.exec(source);
  if (stars) return { tier: '★'.repeat(stars[1].length), rest: source.slice(stars[0].length) };
  const letter = /^([A-Ca-c])(组|层|级)(题)?/.exec(source);
  if (letter) return { tier: letter[1].toUpperCase(), rest: source.slice(letter[0].length).replace(/^[\s\u3000]+/, '') };
  for (const word of tierWords) {
    const match = new RegExp(`^${word}(题|练习|训练|层)`).exec(source);
    if (match) return { tier: word, rest: source.slice(match[0].length).replace(/^[\s\u3000]+/, '') };
  }
  return null;
}

/**
 * A line that heads a group of tiered questions: A组（必做）, B组（选做）★, 【基础题】, 提高题：….
 * Returns the tier and what follows a colon (a task written on the same line), or null when
 * the line is not such a heading.
 */
/** Headings of a group of items by level, kept as printed (基础达标, 能力提升, Optional). */
const levelHeadingPattern = /^[【[（(]?[\s\u3000]*(基础达标|基础巩固|基础训练|基础过关|能力提升|能力拓展|综合提升|提高训练|拓展训练|必做题|选做题|必做|选做|(?:基础|提高|拓展|实践|探究|综合|弹性|必做|选做)性?作业|optional|compulsory)[\s\u3000]*[】\]）)]?[\s\u3000]*[:：]?$/i;

export function parseTierHeading(line: string): ParsedTier | null {
  const level = levelHeadingPattern.exec(line.trim());
  if (level) return { tier: level[1], rest: '' };
  const mark = parseTierMark(line);
  if (!mark) return null;
  let rest = mark.rest;
  // Any further marks on the heading: （必做）, ★, [选做].
  for (;;) {
    rest = rest.replace(/^[\s\u3000]+/, '');
    const closer = openers[rest[0]];
    if (closer) {
      const close = rest.indexOf(closer, 1);
      if (close === -1 || !normaliseTier(rest.slice(1, close))) break;
      rest = rest.slice(close + 1);
      continue;
    }
    const stars = /^[★☆]+/.exec(rest);
    if (!stars) break;
    rest = rest.slice(stars[0].length);
  }
  rest = rest.replace(/^[\s\u3000]+/, '');
  if (rest === '') return { tier: mark.tier, rest: '' };
  // A note on who does them closes the heading: A层（全体必做）, B层（学有余力的同学选做）.
  if (/^[（(][^（）()]{1,20}[)）]$/.test(rest)) return { tier: mark.tier, rest: '' };
  const colon = /^[：:][\s\u3000]*/.exec(rest);
  if (colon) return { tier: mark.tier, rest: rest.slice(colon[0].length).trim() };
  return null;
}
