import type { JSONContent } from '@tiptap/core';
import type { Audience } from '../../../shared/editor/blockKinds.ts';
import { createId } from '../../../shared/editor/createId.ts';
import { guideSchema } from '../../../shared/editor/schema.ts';
import type { HeaderFields } from '../../../shared/import/headerFields.ts';
import { isTeacherLabel, type LabelForm, type ParsedBlockLabel } from '../../../shared/import/labelMapping.ts';
import { blockAudience } from '../classify/blockAudience.ts';
import type { AssemblyState, ClassifiedElement, ClassifiedLine } from '../classify/classifiedElement.ts';
import { isKeyPointPart } from '../classify/isKeyPointPart.ts';
import { looseLinesLabel } from '../classify/looseLinesLabel.ts';
import { paragraphOf, paragraphOfText } from '../inlineContent.ts';
import type { InlineSegment } from '../sourceElements.ts';
import { appendListItem } from './appendListItem.ts';
import type { BlockDraft, QuestionDraft } from './blockDraft.ts';
import { closeQuestion } from './closeQuestion.ts';
import { nodeText } from './nodeText.ts';
import { matchAnswerKey, matchBlockKey, parseKeyLine, sliceSegments, taskAnswer, type KeyAnswer, type KeyedQuestion } from './answerKeys.ts';

type BlockLabel = Pick<ParsedBlockLabel, 'kind' | 'title' | 'minutes' | 'mapped'> & { form?: LabelForm };

/** What the assembler made of the classified elements. */
export interface AssembledGuide {
  blocks: BlockDraft[];
  header: HeaderFields;
  titleLines: string[];
}

/**
 * Builds the guide's blocks from classified elements, in reading order: labels open blocks,
 * questions stay open for their continuation lines and answers until another line closes them.
 */
export class GuideAssembler {
  private readonly blocks: BlockDraft[] = [];
  private readonly header: HeaderFields = {};
  private readonly titleLines: string[] = [];
  private lastNumber: number | null = null;
  private answerKey = false;
  private keyHeading: string | null = null;
  private readonly keyAnswers: KeyAnswer[] = [];

  constructor(private readonly fromOurExport: boolean) {}

  /** Where the assembly stands, for classifying the next element. */
  state(): AssemblyState {
    const block = this.current();
    return {
      blockKind: block?.kind ?? null,
      questionOpen: block?.question != null,
      parenQuestionOpen: block?.question?.paren === true,
      lastNumber: this.lastNumber,
      answerKey: this.answerKey,
      blockEmpty: block ? block.nodes.length === 0 && block.question === null : true,
      blockForm: block?.form ?? null,
      innerNumbered: block?.innerNumbered ?? false,
    };
  }

  add(element: ClassifiedElement): void {
    switch (element.kind) {
      case 'blank':
        return;
      case 'headerFields':
        // The first value a field is given stays: a later blank (班级：____) does not clear it.
        for (const [key, value] of Object.entries(element.fields) as [keyof HeaderFields, string | null][]) {
          if (this.header[key] == null) this.header[key] = value;
        }
        return;
      case 'titleLine':
        this.titleLines.push(element.text);
        return;
      case 'table':
        this.addTable(element.node);
        return;
      case 'keyPointPart':
        this.addKeyPointPart(element.title, element.text);
        return;
      case 'innerHeading': {
        const block = this.current() ?? this.openLooseBlock();
        block.innerNumbered = true;
        addParagraph(block, element.segments, true);
        return;
      }
      case 'blockLabel':
        // 预习检测 / 二、课堂探究 inside a 参考答案 section name blocks already read: headings of the key.
        if (this.answerKey && this.namesEarlierBlock(element.label.title)) {
          this.addKeyHeading(element.sourceLabel);
          return;
        }
        this.answerKey = false;
        this.addBlockLabel(element);
        return;
      case 'answerKeyStart': {
        const block = this.current();
        if (block) closeQuestion(block);
        this.answerKey = true;
        this.keyHeading = null;
        return;
      }
      case 'answerKeyLine':
        this.addKeyLine(element.text, element.segments);
        return;
      case 'blockKey': {
        const block = this.current() ?? this.openLooseBlock();
        closeQuestion(block);
        block.keyAnswers.push(...parseKeyLine(element.segments).answers);
        return;
      }
      default:
        this.addLine(this.current() ?? this.openLooseBlock(), element);
    }
  }

  finish(): AssembledGuide {
    const last = this.current();
    if (last) closeQuestion(last);
    for (const block of this.blocks) promptAsQuestion(block);
    for (const block of this.blocks) {
      if (block.keyAnswers.length > 0) matchBlockKey(keyed(this.blocks).filter((question) => question.block === this.blocks.indexOf(block)), block.keyAnswers);
    }
    matchAnswerKey(keyed(this.blocks), this.keyAnswers);
    // 精讲点拨 / 典例剖析 with items: teacher input by its kind, but the students work its items
    // through, so it stays in the 学生版 (its answers stay the teacher's) unless its label names
    // the teacher (导案, 教师用).
    for (const block of this.blocks) {
      if (block.kind === 'teacherInput' && block.audience === 'teacher' && block.questions > 0 && !this.fromOurExport && !namesTeacher(block.sourceLabel)) {
        block.audience = 'all';
      }
    }
    // A label with nothing under it before the next label only groups blocks (【学习过程】, 一、导学, ☆预习案☆).
    const blocks = this.blocks.filter((block, index) => !(index + 1 < this.blocks.length && (block.nodes.length === 0 || isGroupHeading(block))));
    return { blocks, header: this.header, titleLines: this.titleLines };
  }

  private namesEarlierBlock(title: string): boolean {
    const wanted = comparableTitle(title);
    return wanted !== '' && this.blocks.some((block) => comparableTitle(block.title) === wanted);
  }

  /** A line of the key naming a block: the answers after it are that block's. */
  private addKeyHeading(text: string): void {
    if (parseKeyLine([{ text }]).answers.length > 0) this.addKeyLine(text, [{ text }]);
    else this.keyHeading = text;
  }

  /** A line of a 参考答案 section: numbered answers, or a heading saying whose answers follow. */
  private addKeyLine(text: string, segments: InlineSegment[]): void {
    const { heading, answers } = parseKeyLine(segments);
    const task = taskAnswer(segments);
    if (answers.length === 0 && task) {
      this.keyAnswers.push({ ...task, heading: this.keyHeading });
      return;
    }
    if (answers.length === 0) {
      const last = this.keyAnswers.at(-1);
      // A line of its own without numbers: a heading when short, else more of the last answer.
      if (text.length <= 16 || !last) this.keyHeading = text;
      else last.segments.push({ text: ' ' }, ...segments);
      return;
    }
    if (heading) this.keyHeading = heading;
    for (const answer of answers) {
      if (answer.heading) this.keyHeading = answer.heading;
      this.keyAnswers.push({ ...answer, heading: this.keyHeading });
    }
  }

  private current(): BlockDraft | null {
    return this.blocks.at(-1) ?? null;
  }

  private openBlock(label: BlockLabel, audience: Audience, sourceLabel: string | null): BlockDraft {
    const previous = this.current();
    if (previous) closeQuestion(previous);
    const { kind, title, minutes, mapped } = label;
    const block: BlockDraft = { kind, title, minutes, audience, mapped, sourceLabel, nodes: [], questions: 0, tiers: [], tierGroup: null, question: null, questionNodes: [], keyAnswers: [], form: 'form' in label ? (label.form as LabelForm) : null, innerNumbered: false };
    this.blocks.push(block);
    return block;
  }

  /** The block that takes lines found before any label: a generic section. */
  private openLooseBlock(): BlockDraft {
    return this.openBlock(looseLinesLabel, blockAudience(looseLinesLabel, this.fromOurExport), null);
  }

  private addTable(node: JSONContent): void {
    const target = this.current() ?? this.openLooseBlock();
    if (target.question) target.question.content.push(node);
    else target.nodes.push(node);
  }

  private addKeyPointPart(title: string, text: string): void {
    const block = this.current();
    if (!block) return;
    closeQuestion(block);
    // 【学习重点】 then 【学习难点】: one block titled with both labels.
    if (isKeyPointPart(block.title) && !block.title.includes(title)) block.title = `${block.title}、${title}`;
    block.nodes.push(paragraphOfText(text));
  }

  private addBlockLabel(element: Extract<ClassifiedElement, { kind: 'blockLabel' }>): void {
    const { label } = element;
    if (label.number !== null) this.lastNumber = label.number;
    const opened = this.openBlock(label, element.audience, element.sourceLabel);
    if (label.note) opened.nodes.push(paragraphOfText(`（${label.note}）`));
    if (element.rest) this.addLine(opened, element.rest);
  }

  /** One line inside a block. */
  private addLine(block: BlockDraft, line: ClassifiedLine): void {
    if (line.kind === 'blockKey') {
      closeQuestion(block);
      block.keyAnswers.push(...parseKeyLine(line.segments).answers);
      return;
    }
    if (line.kind === 'figure' || line.kind === 'blockMath') {
      const node: JSONContent =
        line.kind === 'figure'
          ? { type: 'image', attrs: { src: line.src, alt: null, width: line.width, height: line.height } }
          : { type: 'blockMath', attrs: { latex: line.latex } };
      if (block.question) block.question.content.push(node);
      else block.nodes.push(node);
      return;
    }
    if (line.kind === 'ruledLine' || line.kind === 'answer' || line.kind === 'questionPart') addToQuestion(block, line);
    else if (line.kind === 'question' || line.kind === 'tierHeading') addQuestionStart(block, line);
    else {
      closeQuestion(block);
      addBlockContent(block, line);
    }
  }
}

/** A line of the open question: a ruled answer line, its answer, or a continuation line. */
function addToQuestion(block: BlockDraft, line: Extract<ClassifiedLine, { kind: 'ruledLine' | 'answer' | 'questionPart' }>): void {
  const question = block.question;
  if (line.kind === 'ruledLine') {
    if (question) question.ruledLines += 1;
    else block.nodes.push(paragraphOfText('________________________________________'));
    return;
  }
  // The classifier only gives answers and continuation lines while a question is open.
  if (!question) return;
  if (line.kind === 'answer') {
    question.answer.push(paragraphOf(line.segments.map(({ red: _red, ...segment }) => segment)));
    return;
  }
  const segments = takeRedAnswers(question, line.segments);
  if (line.list) appendListItem(question.content, line.list, segments);
  else question.content.push(paragraphOf(segments));
}

/** A line opening a question, or a tier heading for the questions under it. */
function addQuestionStart(block: BlockDraft, line: Extract<ClassifiedLine, { kind: 'question' | 'tierHeading' }>): void {
  if (line.kind === 'question') {
    startQuestion(block, line.tier ?? block.tierGroup, line.segments, line.number ?? null);
    if (block.question && line.paren) block.question.paren = true;
    return;
  }
  block.tierGroup = line.tier;
  if (line.opensQuestion) startQuestion(block, line.tier, line.segments);
  else addParagraph(block, line.segments, true);
}

function startQuestion(block: BlockDraft, tier: string | null, segments: InlineSegment[], number: number | null = null): void {
  closeQuestion(block);
  block.question = { tier, number, content: [], answer: [], ruledLines: 0, blankAnswers: [] };
  block.question.content.push(paragraphOf(takeRedAnswers(block.question, segments)));
}

/** Red text a teacher wrote into an item's blanks: short pieces become blanks holding them, long ones the answer. */
function takeRedAnswers(question: QuestionDraft, segments: InlineSegment[]): InlineSegment[] {
  // 【分析】…【答案】B: what follows the answer mark on the line is the answer.
  const text = segments.map((segment) => segment.text).join('');
  const mark = /【(?:参考)?答案】|(?<=[\s\u3000。）)])答案[:：]/.exec(text);
  if (mark && mark.index > 0) {
    const answer = sliceSegments(segments, mark.index + mark[0].length, text.length).map(({ red: _red, ...segment }) => segment);
    if (answer.some((segment) => segment.text.trim() !== '' || segment.math !== undefined)) question.answer.push(paragraphOf(answer));
    return takeRedAnswers(question, sliceSegments(segments, 0, mark.index));
  }
  if (!segments.some((segment) => segment.red && segment.text.trim() !== '')) return segments;
  const out: InlineSegment[] = [];
  const long: string[] = [];
  for (const segment of segments) {
    const text = segment.text.trim();
    if (!segment.red || (text === '' && segment.math === undefined)) {
      out.push(segment);
      continue;
    }
    if (segment.math === undefined && text.length <= 16 && !/[。；]/.test(text)) {
      question.blankAnswers.push(text);
      out.push({ text: '', blank: text });
    } else long.push(segment.math !== undefined ? segment.text : text);
  }
  if (long.length > 0) question.answer.push(paragraphOfText(long.join(' ')));
  // Underscores left around a filled blank belong to it.
  return out.map((segment, index) => {
    const near = out[index - 1]?.blank !== undefined || out[index + 1]?.blank !== undefined;
    return near && segment.blank === undefined && segment.math === undefined ? { ...segment, text: segment.text.replace(/[_＿]{2,}/g, '') } : segment;
  });
}

function addParagraph(block: BlockDraft, segments: InlineSegment[], bold: boolean): void {
  closeQuestion(block);
  block.nodes.push(paragraphOf(bold ? segments.map((segment) => ({ ...segment, bold: true })) : segments));
}

/** A line of the block's own content, after its open question is closed. */
function addBlockContent(block: BlockDraft, line: Extract<ClassifiedLine, { kind: 'teacherNote' | 'groupRoles' | 'listItem' | 'paragraph' }>): void {
  switch (line.kind) {
    case 'teacherNote':
      addTeacherNote(block, line.segments, line.marked);
      return;
    case 'groupRoles':
      block.nodes.push({ type: 'groupRoles', attrs: { size: line.size, roles: line.roles } });
      return;
    case 'listItem':
      appendListItem(block.nodes, line.list, line.segments);
      return;
    case 'paragraph':
      takeMinutes(block, line.segments);
      addParagraph(block, line.segments, line.bold);
  }
}

const trailingMinutes = /[（(][\s\u3000]*(?:约|限时|用时|时间)?[:：]?[\s\u3000]*(\d{1,2})[\s\u3000]*(?:分钟|分|min|′|')[\s\u3000]*[)）][\s\u3000。.]*$/;

/** Minutes written at the end of the block's first instruction (…，完成下列问题。（5分钟））. */
function takeMinutes(block: BlockDraft, segments: InlineSegment[]): void {
  if (block.minutes !== null || block.nodes.length > 0) return;
  const match = trailingMinutes.exec(segments.map((segment) => segment.text).join(''));
  if (match) block.minutes = Number(match[1]);
}

/**
 * A 教师复备栏 note our 教师版 printed: back into a `teacherNote` when the schema has that
 * node, a paragraph otherwise; an unmarked line continues the note above it.
 */
function addTeacherNote(block: BlockDraft, segments: InlineSegment[], marked: boolean): void {
  const content = paragraphOf(segments);
  if (!guideSchema().nodes.teacherNote) {
    block.nodes.push(content);
    return;
  }
  const last = block.nodes.at(-1);
  if (!marked && last?.type === 'teacherNote' && last.content) last.content.push(content);
  else block.nodes.push({ type: 'teacherNote', attrs: { id: createId() }, content: [content] });
}

/** Every closed question of the guide in reading order, with its block. */
function keyed(blocks: BlockDraft[]): KeyedQuestion[] {
  return blocks.flatMap((block, index) => block.questionNodes.map((question) => ({ ...question, block: index, blockTitle: block.title })));
}

/** A block title as a key's heading may repeat it: no numbering, brackets, minutes or spaces. */
function comparableTitle(title: string): string {
  return title
    .replace(/[（(][^（）()]*[)）]/g, '')
    .replace(/[【】[\]〔〕\s\u3000:：]/g, '');
}

/** 知识点一：自由与规则不可分, 专题二 …: a heading over the blocks of one part of the lesson. */
const groupTitle = /^(?:知识点|考点|模块|专题|主题|板块|第[一二三四五六七八九十\d]{1,3}(?:课时|节|部分|板块))[一二三四五六七八九十\d]*$/;

function isGroupHeading(block: BlockDraft): boolean {
  return !block.mapped && block.questions === 0 && block.nodes.length <= 1 && groupTitle.test(block.title.replace(/[\s\u3000]/g, ''));
}

/** Blocks whose one task prompt (探究：…？, Discussion: …?) is their item when they number none. */
const promptKinds: ReadonlySet<string> = new Set(['priorKnowledge', 'selfStudy', 'mutualLearning', 'presentation', 'extension', 'summary', 'check']);
const promptPattern = /[？?][）)」”"]?[\s\u3000]*$|[？?][^？?]{0,40}$/;
/** A writing or doing task (写一段…, 仿照…写, Write a passage …): the item of a homework block. */
const homeworkTaskPattern = /^(?:请)?(?:仿照|仿写|写一|写出|完成|查阅|调查|制作|设计|画出?|背诵|默写|搜集|收集)|^(?:write|make|draw|design|find|finish|complete)\b/i;

/** A block of no numbered items whose text asks a question: that prompt becomes its item. */
function promptAsQuestion(block: BlockDraft): void {
  if (block.questions > 0 || !promptKinds.has(block.kind) || block.audience === 'teacher') return;
  const asks = (text: string) => promptPattern.test(text) || (block.kind === 'extension' && homeworkTaskPattern.test(text.trim()));
  const index = block.nodes.findIndex((node) => node.type === 'paragraph' && asks(nodeText(node)) && nodeText(node).length >= 6);
  if (index === -1) return;
  const node: JSONContent = { type: 'question', attrs: { id: createId(), tier: null, answerLines: 2 }, content: [block.nodes[index]] };
  block.nodes[index] = node;
  block.questions += 1;
  block.questionNodes.push({ node, number: null });
}

/** A label saying its block is the teacher's: 导案, 教师用, 板书设计 …, or 教师 / 老师 in a note. */
function namesTeacher(label: string | null): boolean {
  return label !== null && (isTeacherLabel(label) || /教师|老师|导案/.test(label));
}
