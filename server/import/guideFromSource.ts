import type { JSONContent } from '@tiptap/core';
import { isBlockKind, teacherOnlyByDefault, type Audience, type BlockKind } from '../../shared/editor/blockKinds.ts';
import { createId } from '../../shared/editor/createId.ts';
import { guideSchema } from '../../shared/editor/schema.ts';
import { defaultGroupRoles } from '../../shared/editor/nodes/groupRoles.ts';
import { parseHeaderFields, type HeaderFields } from '../../shared/import/headerFields.ts';
import {
  defaultLabelSynonyms,
  parseBlockLabel,
  parseTierHeading,
  parseTierMark,
  type LabelSynonyms,
  type ParsedBlockLabel,
} from '../../shared/import/labelMapping.ts';
import type { ImportedBlock } from '../../shared/schemas/docxImport.ts';
import { exportBookmarkPrefix, exportStyleNames } from '../export/docxConventions.ts';
import { dropPrefix, paragraphOf, paragraphOfText, trimSegments } from './inlineContent.ts';
import { plainText, type InlineSegment, type SourceElement, type SourceParagraph } from './sourceElements.ts';
import { headerFieldsOfTable, tableNode } from './sourceTables.ts';

/** What the importer made of a Word file: the guide's content and what it found on the way. */
export interface GuideFromSource {
  content: JSONContent;
  blocks: ImportedBlock[];
  header: HeaderFields;
  /** Title-like lines before the first block (headings, 第十九章 一次函数 …). */
  titleLines: string[];
}

interface QuestionDraft {
  tier: string | null;
  content: JSONContent[];
  answer: JSONContent[];
  ruledLines: number;
}

interface BlockDraft {
  kind: BlockKind;
  title: string;
  minutes: number | null;
  audience: Audience;
  mapped: boolean;
  sourceLabel: string | null;
  nodes: JSONContent[];
  questions: number;
  tiers: string[];
  /** The tier of a group heading (A组（必做）) applying to the questions under it. */
  tierGroup: string | null;
  question: QuestionDraft | null;
}

const teacherNoteMarkPattern = /^[\s\u3000]*【复备】[\s\u3000]*/;
const answerMarkPattern = /^[\s\u3000]*(?:【答案】|【答】|〔答案〕|\[答案\]|答案[:：])[\s\u3000]*/;
const questionNumberPattern = /^[\s\u3000]*(\d{1,3})[\s\u3000]*[.．、](?!\d)[\s\u3000]*/;
const taskPattern = /^(探究|问题|任务|活动)[\s\u3000]*[0-9一二三四五六七八九十]{1,3}[\s\u3000]*[:：][\s\u3000]*\S/;
const continuationPattern = /^(\u3000|[（(]\d{1,2}[)）]|[A-Da-d][.．、]|(提示|答|注|解|分析)[:：]|[①②③④⑤⑥⑦⑧⑨⑩])/;
const groupRolesPattern = /^〔?(?:小组分工|小组合作|分组)[:：][\s\u3000]*(\d{1,2})[\s\u3000]*人一组[（(](.+?)[)）]〕?$/;
const inlineBlankPattern = /[_＿]{3,}|（[\s\u3000]*）|\([\s\u3000]*\)/;
/** A second numbered item later on the same line (1. key______ 2. stop______). */
const inlineItemPattern = /[\s\u3000]\d{1,3}[.．](?!\d)/;
/** Blocks whose numbered lines are questions; in the others (学习目标 …) they are a numbered list. */
const questionKinds: ReadonlySet<BlockKind> = new Set(['priorKnowledge', 'selfStudy', 'mutualLearning', 'presentation', 'check', 'extension', 'section']);
const keyPointPartPattern = /^(?:学习|教学)?(?:重点|难点)$/;

/** The block kind our own export wrote into a bookmark at a block's heading (dxa_selfStudy_3). */
function bookmarkKind(paragraph: SourceParagraph): BlockKind | null {
  for (const name of paragraph.bookmarks) {
    if (!name.startsWith(exportBookmarkPrefix)) continue;
    const kind = name.slice(exportBookmarkPrefix.length).split('_')[0];
    if (isBlockKind(kind)) return kind;
  }
  return null;
}

function isStyle(paragraph: SourceParagraph, names: readonly string[]): boolean {
  return paragraph.styleName !== null && names.includes(paragraph.styleName);
}

/**
 * Maps a Word guide's lines onto the guide's blocks. Labels open blocks (through the school's
 * synonym dictionary); numbered lines become questions, with tiers from their marks or from a
 * tier heading above them; ruled lines become answer lines; 【答案】 lines become answers.
 * Anything that does not map is kept: lines before the first label go to a generic section,
 * unmapped numbered headings become sections of their own, everything else stays a paragraph.
 */
export function guideFromSource(elements: SourceElement[], synonyms: LabelSynonyms = defaultLabelSynonyms): GuideFromSource {
  const blocks: BlockDraft[] = [];
  const header: HeaderFields = {};
  const titleLines: string[] = [];
  let lastNumber: number | null = null;
  const fromOurExport = elements.some((element) => element.type === 'paragraph' && bookmarkKind(element) !== null);

  const current = (): BlockDraft | null => blocks.at(-1) ?? null;

  function closeQuestion(block: BlockDraft): void {
    const question = block.question;
    if (!question) return;
    block.question = null;
    const content = question.content.length > 0 ? question.content : [{ type: 'paragraph' }];
    const hasBlank = content.some((node) => inlineBlankPattern.test(nodeText(node)));
    let answerLines = 2;
    if (question.ruledLines > 0) answerLines = question.ruledLines;
    else if (hasBlank || question.answer.length > 0) answerLines = 0;
    block.nodes.push({
      type: 'question',
      attrs: { id: createId(), tier: question.tier, answerLines },
      content: question.answer.length > 0 ? [...content, { type: 'answer', content: question.answer }] : content,
    });
    block.questions += 1;
    if (question.tier && !block.tiers.includes(question.tier)) block.tiers.push(question.tier);
  }

  function openBlock(label: Omit<ParsedBlockLabel, 'form' | 'number' | 'rest' | 'note'>, sourceLabel: string | null): BlockDraft {
    const previous = current();
    if (previous) closeQuestion(previous);
    const teacher = label.teacherOnly || (!fromOurExport && teacherOnlyByDefault.has(label.kind));
    const block: BlockDraft = {
      kind: label.kind,
      title: label.title,
      minutes: label.minutes,
      audience: teacher ? 'teacher' : 'all',
      mapped: label.mapped,
      sourceLabel,
      nodes: [],
      questions: 0,
      tiers: [],
      tierGroup: null,
      question: null,
    };
    blocks.push(block);
    return block;
  }

  /** The block that takes lines found before any label: a generic section. */
  function blockForLooseLines(): BlockDraft {
    return (
      current() ??
      openBlock({ kind: 'section', title: '导入内容', minutes: null, mapped: false, teacherOnly: false }, null)
    );
  }

  function startQuestion(block: BlockDraft, tier: string | null, segments: InlineSegment[]): void {
    closeQuestion(block);
    block.question = { tier, content: [paragraphOf(segments)], answer: [], ruledLines: 0 };
  }

  function addList(target: JSONContent[], paragraph: SourceParagraph): void {
    const type = paragraph.list?.ordered ? 'orderedList' : 'bulletList';
    const item = { type: 'listItem', content: [paragraphOf(paragraph.segments)] };
    const last = target.at(-1);
    if (last?.type === type && last.content) last.content.push(item);
    else target.push({ type, content: [item] });
  }

  /**
   * A 教师复备栏 note our 教师版 printed (style 教师复备, 【复备】 in front): back into a
   * `teacherNote` when the schema has that node, a paragraph otherwise.
   */
  function addTeacherNote(block: BlockDraft, paragraph: SourceParagraph): void {
    closeQuestion(block);
    const mark = teacherNoteMarkPattern.exec(plainText(paragraph));
    const content = paragraphOf(mark ? dropPrefix(paragraph.segments, mark[0].length) : paragraph.segments);
    if (!guideSchema().nodes.teacherNote) {
      block.nodes.push(content);
      return;
    }
    const last = block.nodes.at(-1);
    if (!mark && last?.type === 'teacherNote' && last.content) last.content.push(content);
    else block.nodes.push({ type: 'teacherNote', attrs: { id: createId() }, content: [content] });
  }

  function nextLineText(index: number): string {
    for (let next = index + 1; next < elements.length; next += 1) {
      const element = elements[next];
      if (element.type !== 'paragraph') return '';
      const text = plainText(element).trim();
      if (text) return text;
    }
    return '';
  }

  /** One line inside a block. */
  function addLine(block: BlockDraft, paragraph: SourceParagraph, index: number): void {
    const raw = plainText(paragraph);
    const text = raw.trim();
    const question = block.question;

    if (paragraph.ruledLine) {
      if (question) question.ruledLines += 1;
      else block.nodes.push(paragraphOfText('________________________________________'));
      return;
    }
    if (question && (answerMarkPattern.test(raw) || isStyle(paragraph, exportStyleNames.answer))) {
      const mark = answerMarkPattern.exec(raw);
      question.answer.push(paragraphOf(mark ? dropPrefix(paragraph.segments, mark[0].length) : paragraph.segments));
      return;
    }
    if (isStyle(paragraph, exportStyleNames.teacherNote)) {
      addTeacherNote(block, paragraph);
      return;
    }
    if (block.kind === 'mutualLearning') {
      const roles = groupRolesPattern.exec(text);
      if (roles) {
        closeQuestion(block);
        const names = roles[2].split(/[、，,\s]+/).filter(Boolean);
        block.nodes.push({ type: 'groupRoles', attrs: { size: Number(roles[1]), roles: names.length > 0 ? names : defaultGroupRoles } });
        return;
      }
    }
    const tierHeading = parseTierHeading(text);
    if (tierHeading && !questionNumberPattern.test(text)) {
      block.tierGroup = tierHeading.tier;
      if (tierHeading.rest) startQuestion(block, tierHeading.tier, paragraph.segments);
      else {
        closeQuestion(block);
        block.nodes.push(paragraphOf(paragraph.segments.map((segment) => ({ ...segment, bold: true }))));
      }
      return;
    }
    const numbered = questionNumberPattern.exec(raw);
    const questionStyled = isStyle(paragraph, exportStyleNames.question);
    if (numbered && !paragraph.list && !questionStyled && (!questionKinds.has(block.kind) || inlineItemPattern.test(raw.slice(numbered[0].length)))) {
      // 学习目标 1. … 2. … is a numbered list, not questions; 1. key______ 2. stop______ is one exercise line.
      closeQuestion(block);
      if (inlineItemPattern.test(raw.slice(numbered[0].length))) block.nodes.push(paragraphOf(paragraph.segments));
      else addList(block.nodes, { ...paragraph, segments: dropPrefix(paragraph.segments, numbered[0].length), list: { ordered: true, level: 0 } });
      return;
    }
    if (numbered && !paragraph.list) {
      let segments = dropPrefix(paragraph.segments, numbered[0].length);
      const mark = parseTierMark(plainText({ segments }));
      let tier = block.tierGroup;
      if (mark) {
        const markLength = plainText({ segments }).replace(/^[\s\u3000]+/, '').length - mark.rest.length;
        segments = dropPrefix(trimSegments(segments), markLength);
        tier = mark.tier;
      }
      startQuestion(block, tier, segments);
      return;
    }
    if (taskPattern.test(text) && !questionNumberPattern.test(nextLineText(index))) {
      startQuestion(block, block.tierGroup, paragraph.segments);
      return;
    }
    const continues = paragraph.list || paragraph.indented || isStyle(paragraph, exportStyleNames.questionMore) || continuationPattern.test(raw);
    if (question && continues) {
      if (paragraph.list) addList(question.content, paragraph);
      else question.content.push(paragraphOf(paragraph.segments));
      return;
    }
    closeQuestion(block);
    if (paragraph.list) addList(block.nodes, paragraph);
    else if (paragraph.headingLevel !== null) block.nodes.push(paragraphOf(paragraph.segments.map((segment) => ({ ...segment, bold: true }))));
    else block.nodes.push(paragraphOf(paragraph.segments));
  }

  /** A label line that opens a block, or null when the line is content of the current one. */
  function blockLabel(paragraph: SourceParagraph): ParsedBlockLabel | null {
    const text = plainText(paragraph);
    const fromBookmark = bookmarkKind(paragraph);
    const heading = paragraph.headingLevel !== null && current() !== null;
    const label = parseBlockLabel(text, { synonyms, heading: heading || fromBookmark !== null });
    if (!label) return null;
    if (fromBookmark) return { ...label, kind: fromBookmark, mapped: true };
    if (label.form !== 'numbered' || label.mapped || current() === null) return label;
    // An unmapped 一、二、 line opens a block only when it continues the top-level numbering;
    // otherwise it is a sub-heading inside the current block (e.g. 一、选择题 in 当堂检测).
    if (lastNumber === null || label.number === lastNumber + 1) return label;
    return null;
  }

  elements.forEach((element, index) => {
    if (element.type === 'table') {
      const block = current();
      if (!block) {
        const fields = headerFieldsOfTable(element);
        if (fields) {
          Object.assign(header, fields);
          return;
        }
      }
      const target = block ?? blockForLooseLines();
      if (target.question) target.question.content.push(tableNode(element));
      else target.nodes.push(tableNode(element));
      return;
    }

    const text = plainText(element).trim();
    if (!text && !element.ruledLine) return;

    const label = blockLabel(element);
    if (label) {
      const block = current();
      const rest = label.rest;
      if (block && block.kind === 'keyPoints' && label.kind === 'keyPoints' && label.form === 'bracketed') {
        // 【学习重点】… 【学习难点】…: one 重点难点 block with both parts.
        closeQuestion(block);
        if (keyPointPartPattern.test(block.title)) block.title = '重点难点';
        block.nodes.push(paragraphOfText(`${label.title}：${rest}`));
        return;
      }
      if (label.number !== null) lastNumber = label.number;
      const opened = openBlock(label, text);
      if (label.note) opened.nodes.push(paragraphOfText(`（${label.note}）`));
      if (rest) {
        const restText = keyPointPartPattern.test(label.title) ? `${label.title}：${rest}` : rest;
        addLine(opened, { ...element, segments: [{ text: restText }], headingLevel: null, ruledLine: false }, index);
      }
      return;
    }

    const block = current();
    if (!block) {
      const fields = parseHeaderFields(text);
      if (fields) {
        Object.assign(header, fields);
        return;
      }
      if (isTitleLine(element, text)) {
        titleLines.push(text);
        return;
      }
    }
    addLine(block ?? blockForLooseLines(), element, index);
  });

  const last = current();
  if (last) closeQuestion(last);

  const content: JSONContent = {
    type: 'doc',
    content: blocks.map((block) => ({
      type: block.kind,
      attrs: { id: createId(), title: block.title, minutes: block.minutes, audience: block.audience },
      content: block.nodes.length > 0 ? block.nodes : [{ type: 'paragraph' }],
    })),
  };
  return {
    content,
    blocks: blocks.map((block) => ({
      kind: block.kind,
      title: block.title,
      minutes: block.minutes,
      audience: block.audience,
      mapped: block.mapped,
      sourceLabel: block.sourceLabel,
      questionCount: block.questions,
      tiers: block.tiers,
      excerpt: excerptOf(block.nodes),
    })),
    header,
    titleLines,
  };
}

/** A line before any block that is part of the document's title: a heading, centred, or worded like one. */
function isTitleLine(paragraph: SourceParagraph, text: string): boolean {
  if (paragraph.list || text.length > 80) return false;
  if (paragraph.headingLevel !== null || paragraph.centered) return true;
  return /导学案|学案|第.{1,4}[章单元课]|Unit\s*\d/i.test(text);
}

function nodeText(node: JSONContent): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(nodeText).join(node.type === 'paragraph' ? '' : ' ');
}

function excerptOf(nodes: JSONContent[]): string {
  const text = nodes
    .map((node) => nodeText(node))
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
