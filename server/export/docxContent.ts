import type { JSONContent } from '@tiptap/core';
import {
  Bookmark,
  BorderStyle,
  HeadingLevel,
  LeaderType,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { blockHeading } from '../../shared/edition/blockHeading.ts';
import { answerMark, teacherNoteMark, teacherOnlyMark } from '../../shared/edition/editionLabels.ts';
import type { EditionKind } from '../../shared/edition/edition.ts';
import { tierMark } from '../../shared/edition/tierMark.ts';
import { blockBookmarkName, exportStyles } from './docxConventions.ts';
import { fonts, sizes, teacherColor } from './docxTypography.ts';

export type DocxBodyChild = Paragraph | Table;

export const orderedListReference = 'guide-ordered';
export const bulletListReference = 'guide-bullet';

/** What rendering needs to know beyond the node itself. */
export interface DocxRenderContext {
  edition: EditionKind;
  /** Width of the text column in twips (for answer lines and tables). */
  textWidth: number;
  /** A fresh numbering instance, so each numbered list starts again at 1. */
  nextListInstance: () => number;
}

/** How the paragraphs of a node are set: their style, extra indent and run defaults. */
interface Frame {
  style?: string;
  indent?: number;
  keepNext?: boolean;
  run?: Partial<IRunOptions>;
  listLevel?: number;
}

type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

/** Text runs of a paragraph's inline content: marks become bold, italics, underline, strike. */
export function inlineRuns(nodes: JSONContent[] | undefined, base: RunStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      runs.push(new TextRun({ ...base, break: 1 }));
      continue;
    }
    if (node.type !== 'text' || !node.text) {
      if (node.content) runs.push(...inlineRuns(node.content, base));
      continue;
    }
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    runs.push(
      new TextRun({
        ...base,
        text: node.text,
        bold: marks.has('bold') || base.bold,
        italics: marks.has('italic') || base.italics,
        underline: marks.has('underline') ? {} : base.underline,
        strike: marks.has('strike') || base.strike,
      }),
    );
  }
  return runs;
}

function paragraph(children: ParagraphChild[], frame: Frame, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
  return new Paragraph({
    style: frame.style,
    keepNext: frame.keepNext,
    ...(frame.indent ? { indent: { left: frame.indent } } : {}),
    ...extra,
    children,
  });
}

function renderList(node: JSONContent, context: DocxRenderContext, frame: Frame): DocxBodyChild[] {
  const reference = node.type === 'orderedList' ? orderedListReference : bulletListReference;
  const instance = context.nextListInstance();
  const level = Math.min(frame.listLevel ?? 0, 3);
  const children: DocxBodyChild[] = [];
  for (const item of node.content ?? []) {
    (item.content ?? []).forEach((child, index) => {
      if (child.type === 'paragraph' && index === 0) {
        children.push(
          new Paragraph({
            style: frame.style,
            keepNext: frame.keepNext,
            numbering: { reference, level, instance },
            children: inlineRuns(child.content, frame.run),
          }),
        );
        return;
      }
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        children.push(...renderList(child, context, { ...frame, listLevel: level + 1 }));
        return;
      }
      children.push(...renderNode(child, context, { ...frame, indent: 420 * (level + 1) + (frame.indent ?? 0) }));
    });
  }
  return children;
}

function cellWidths(columns: number, textWidth: number): number[] {
  const width = Math.floor(textWidth / Math.max(columns, 1));
  return Array.from({ length: columns }, () => width);
}

function renderTable(node: JSONContent, context: DocxRenderContext): Table {
  const rows = node.content ?? [];
  const columns = Math.max(
    1,
    ...rows.map((row) => (row.content ?? []).reduce((sum, cell) => sum + Number(cell.attrs?.colspan ?? 1), 0)),
  );
  const widths = cellWidths(columns, context.textWidth);
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: (row.content ?? []).map((cell) => {
            const header = cell.type === 'tableHeader';
            const paragraphs = (cell.content ?? []).flatMap((child) =>
              renderNode(child, context, { run: header ? { font: fonts.heading } : undefined }),
            );
            return new TableCell({
              columnSpan: Number(cell.attrs?.colspan ?? 1),
              rowSpan: Number(cell.attrs?.rowspan ?? 1),
              shading: header ? { fill: 'EFEFEF', type: ShadingType.CLEAR, color: 'auto' } : undefined,
              margins: { left: 80, right: 80, top: 30, bottom: 30 },
              children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
            });
          }),
        }),
    ),
  });
}

/** A ruled line to write on: a tab to the right edge with an underscore leader. */
function answerLine(context: DocxRenderContext, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: exportStyles.answerLine.id,
    keepNext,
    tabStops: [{ type: TabStopType.RIGHT, position: context.textWidth, leader: LeaderType.UNDERSCORE }],
    children: [new TextRun({ children: [new Tab()] })],
  });
}

function renderAnswer(node: JSONContent, context: DocxRenderContext, keepNext: boolean): DocxBodyChild[] {
  const children: DocxBodyChild[] = [];
  (node.content ?? []).forEach((child, index) => {
    const frame: Frame = { style: exportStyles.answer.id, keepNext };
    if (child.type === 'paragraph') {
      const mark = index === 0 ? [new TextRun({ text: answerMark, bold: true, color: teacherColor })] : [];
      children.push(paragraph([...mark, ...inlineRuns(child.content)], frame));
      return;
    }
    if (index === 0) children.push(paragraph([new TextRun({ text: answerMark, bold: true, color: teacherColor })], frame));
    children.push(...renderNode(child, context, frame));
  });
  return children;
}

/**
 * A question: its number and tier mark, its content, then (学生版, or 教师版 without an
 * answer) its ruled answer lines, or (教师版) its answer in red. Every part but the last
 * keeps with the next, so a page never separates a question from its lines.
 */
function renderQuestion(node: JSONContent, number: number, context: DocxRenderContext): DocxBodyChild[] {
  const content = node.content ?? [];
  const answer = content.find((child) => child.type === 'answer');
  const body = content.filter((child) => child.type !== 'answer');
  const lineCount = answer ? 0 : Math.max(0, Math.min(Number(node.attrs?.answerLines ?? 0), 12));
  const mark = tierMark(node.attrs?.tier as string | null);
  const lead = (): ParagraphChild[] => [
    new TextRun({ text: `${number}.\t` }),
    ...(mark ? [new TextRun({ text: mark, font: fonts.heading, size: sizes.body })] : []),
  ];
  /** Each part renders itself with or without keep-with-next. */
  const parts: ((keepNext: boolean) => DocxBodyChild[])[] = [];
  const [first, ...rest] = body;
  if (first?.type === 'paragraph') {
    parts.push((keepNext) => [paragraph([...lead(), ...inlineRuns(first.content)], { style: exportStyles.question.id, keepNext })]);
  } else {
    parts.push((keepNext) => [paragraph(lead(), { style: exportStyles.question.id, keepNext })]);
    if (first) rest.unshift(first);
  }
  for (const child of rest) {
    const indent = child.type === 'paragraph' ? undefined : 420;
    parts.push((keepNext) => renderNode(child, context, { style: exportStyles.questionMore.id, keepNext, indent }));
  }
  if (answer) parts.push((keepNext) => renderAnswer(answer, context, keepNext));
  for (let line = 0; line < lineCount; line += 1) parts.push((keepNext) => [answerLine(context, keepNext)]);
  return parts.flatMap((part, index) => part(index < parts.length - 1));
}

function renderTeacherNote(node: JSONContent, context: DocxRenderContext): DocxBodyChild[] {
  const frame: Frame = { style: exportStyles.teacherNote.id };
  const mark = new TextRun({ text: teacherNoteMark, bold: true });
  const content = node.content ?? [];
  const blockChildren = content.filter((child) => child.type !== 'text' && child.type !== 'hardBreak');
  if (blockChildren.length === 0) {
    const text = typeof node.attrs?.text === 'string' ? [new TextRun(node.attrs.text)] : inlineRuns(content);
    return [paragraph([mark, ...text], frame)];
  }
  const children: DocxBodyChild[] = [];
  blockChildren.forEach((child, index) => {
    if (index === 0 && child.type === 'paragraph') children.push(paragraph([mark, ...inlineRuns(child.content)], frame));
    else children.push(...renderNode(child, context, frame));
  });
  return children;
}

/** Any node inside a block, as Word paragraphs and tables. Unknown nodes print their content. */
export function renderNode(node: JSONContent, context: DocxRenderContext, frame: Frame = {}): DocxBodyChild[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inlineRuns(node.content, frame.run), frame)];
    case 'heading':
      return [paragraph(inlineRuns(node.content, { ...frame.run, font: fonts.heading }), { ...frame, keepNext: true })];
    case 'bulletList':
    case 'orderedList':
      return renderList(node, context, frame);
    case 'table':
      return [renderTable(node, context)];
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => renderNode(child, context, { ...frame, indent: (frame.indent ?? 0) + 420 }));
    case 'horizontalRule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
    case 'groupRoles': {
      const roles = Array.isArray(node.attrs?.roles) ? (node.attrs.roles as unknown[]).map(String).join('、') : '';
      return [paragraph([new TextRun({ text: `〔小组分工：${Number(node.attrs?.size ?? 4)}人一组（${roles}）〕`, font: fonts.answer })], frame)];
    }
    case 'answer':
      return renderAnswer(node, context, false);
    case 'teacherNote':
      return renderTeacherNote(node, context);
    case 'text':
      return [paragraph(inlineRuns([node], frame.run), frame)];
    default:
      if (node.content) return node.content.flatMap((child) => renderNode(child, context, frame));
      return [];
  }
}

/**
 * One block: its heading (二、自主学习（10分钟）, with 【教师用】 on a teacher-only block in the
 * 教师版) carrying a bookmark with the block kind, then its content with questions numbered
 * from 1 inside the block.
 */
export function renderBlock(block: JSONContent, number: number, context: DocxRenderContext): DocxBodyChild[] {
  const title = typeof block.attrs?.title === 'string' ? block.attrs.title : '';
  const minutes = typeof block.attrs?.minutes === 'number' ? block.attrs.minutes : null;
  const headingRuns: ParagraphChild[] = [
    new Bookmark({ id: blockBookmarkName(block.type ?? 'section', number), children: [new TextRun(blockHeading({ number, title, minutes }))] }),
  ];
  if (context.edition === 'teacher' && block.attrs?.audience === 'teacher') {
    headingRuns.push(new TextRun({ text: ` ${teacherOnlyMark}`, color: teacherColor, font: fonts.heading }));
  }
  const children: DocxBodyChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: headingRuns })];
  let questionNumber = 0;
  for (const child of block.content ?? []) {
    if (child.type === 'question') {
      questionNumber += 1;
      children.push(...renderQuestion(child, questionNumber, context));
    } else {
      children.push(...renderNode(child, context));
    }
  }
  return children;
}
