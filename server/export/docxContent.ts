import type { JSONContent } from '@tiptap/core';
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  EmphasisMarkType,
  HeightRule,
  ImageRun,
  ImportedXmlComponent,
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
import { blankWidth, printedCharacters } from '../../shared/edition/blankWidth.ts';
import { blockHeading } from '../../shared/edition/blockHeading.ts';
import { blockOriginLine } from '../../shared/edition/blockOriginLine.ts';
import { blockOriginOf } from '../../shared/schemas/blockOrigin.ts';
import { withChoiceOptions, type ChoiceColumns, type ChoiceOption } from '../../shared/edition/choiceOptions.ts';
import { answerMark, teacherNoteMark, teacherOnlyMark } from '../../shared/edition/editionLabels.ts';
import type { EditionKind } from '../../shared/edition/edition.ts';
import { tierMark } from '../../shared/edition/tierMark.ts';
import { answerSpaceOf, defaultGridHeight, type AnswerSpace } from '../../shared/schemas/answerSpace.ts';
import { blockBookmarkName, exportStyles } from './docxConventions.ts';
import { figureSha256, type FigureImage } from './docxFigures.ts';
import { formulaRun } from './docxMath.ts';
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
  /** The guide's figures Word can embed, by SHA-256 (see loadFigures). */
  figures: ReadonlyMap<string, FigureImage>;
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

/** A blank between full-width brackets （ ） is a choice item's answer place: no underline there (as in print). */
function isBracketed(nodes: JSONContent[], index: number): boolean {
  const before = nodes[index - 1];
  const after = nodes[index + 1];
  return before?.type === 'text' && (before.text ?? '').endsWith('（') && after?.type === 'text' && (after.text ?? '').startsWith('）');
}

/** Blank space `characters` wide: ideographic spaces (one character each) and an en space for a half. */
function spaceOf(characters: number): string {
  const whole = Math.floor(characters);
  return '\u3000'.repeat(whole) + (characters - whole >= 0.5 ? '\u2002' : '');
}

/**
 * A fill-in blank: in the 学生版 (where edition() has emptied the answer) underlined space of
 * the blank's printed width; in the 教师版 the answer on the underline, in red 楷体 as the
 * print shows it, padded to the same width.
 */
function blankRuns(node: JSONContent, bracketed: boolean, base: RunStyle): ParagraphChild[] {
  const answer = typeof node.attrs?.answer === 'string' ? node.attrs.answer : '';
  const width = blankWidth(node.attrs);
  const underline = bracketed ? undefined : {};
  if (!answer) return [new TextRun({ ...base, text: spaceOf(width), underline })];
  const padding = '\u2002'.repeat(Math.max(0, Math.round(width - printedCharacters(answer))));
  return [new TextRun({ ...base, text: `${padding}${answer}${padding}`, underline, color: teacherColor, font: fonts.answer })];
}

/** 拼音 in half-points over 五号 text: Word's own choice in 拼音指南. */
const rubySize = 10;

/**
 * 拼音 over characters as Word's phonetic guide (`w:ruby`, which docx has no type for): the
 * reading in `w:rt`, the characters with their marks in `w:rubyBase`.
 */
class RubyRun extends TextRun {
  constructor(base: TextRun[], annotation: string) {
    super({});
    const properties = new ImportedXmlComponent('w:rubyPr');
    properties.push(new ImportedXmlComponent('w:rubyAlign', { 'w:val': 'distributeSpace' }));
    properties.push(new ImportedXmlComponent('w:hps', { 'w:val': rubySize }));
    properties.push(new ImportedXmlComponent('w:hpsRaise', { 'w:val': sizes.body - 1 }));
    properties.push(new ImportedXmlComponent('w:hpsBaseText', { 'w:val': sizes.body }));
    properties.push(new ImportedXmlComponent('w:lid', { 'w:val': 'zh-CN' }));
    const reading = new ImportedXmlComponent('w:rt');
    reading.push(new TextRun({ text: annotation, size: rubySize, font: fonts.body }));
    const characters = new ImportedXmlComponent('w:rubyBase');
    base.forEach((run) => characters.push(run));
    const ruby = new ImportedXmlComponent('w:ruby');
    ruby.push(properties);
    ruby.push(reading);
    ruby.push(characters);
    this.root.push(ruby);
  }
}

/** The run options a text node's marks give: bold, italics, underline, strike, 上标 / 下标, 加点字. */
function markedStyle(node: JSONContent, base: RunStyle): RunStyle {
  const marks = new Set((node.marks ?? []).map((mark) => mark.type));
  return {
    ...base,
    bold: marks.has('bold') || base.bold,
    italics: marks.has('italic') || base.italics,
    underline: marks.has('underline') ? {} : base.underline,
    strike: marks.has('strike') || base.strike,
    ...(marks.has('superscript') ? { superScript: true } : {}),
    ...(marks.has('subscript') ? { subScript: true } : {}),
    ...(marks.has('emphasisDots') ? { emphasisMark: { type: EmphasisMarkType.DOT } } : {}),
  };
}

/**
 * Runs of a paragraph's inline content: marked text, line breaks, formulas as Word equations,
 * fill-in blanks, and 拼音 over characters.
 */
export function inlineRuns(nodes: JSONContent[] | undefined, base: RunStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const list = nodes ?? [];
  list.forEach((node, index) => {
    switch (node.type) {
      case 'hardBreak':
        runs.push(new TextRun({ ...base, break: 1 }));
        return;
      case 'text':
        if (node.text) runs.push(new TextRun({ ...markedStyle(node, base), text: node.text }));
        return;
      case 'inlineMath':
        runs.push(formulaRun(String(node.attrs?.latex ?? '')));
        return;
      case 'blank':
        runs.push(...blankRuns(node, isBracketed(list, index), base));
        return;
      case 'ruby': {
        const characters = (node.content ?? [])
          .filter((child) => child.type === 'text' && child.text)
          .map((child) => new TextRun({ ...markedStyle(child, base), text: child.text }));
        if (characters.length > 0) runs.push(new RubyRun(characters, String(node.attrs?.annotation ?? '')));
        return;
      }
      default:
        if (node.content) runs.push(...inlineRuns(node.content, base));
    }
  });
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

/** Millimetres to twips. */
function twipsOf(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}

/** The indent of a question's continuation (its number's hanging indent), in twips. */
const questionIndent = 420;

/** Side of a grid square, in millimetres (as the print's 5 mm squares). */
const gridSquareMm = 5;

const boxBorder = { style: BorderStyle.SINGLE, size: 6, color: '444444' } as const;
const gridLine = { style: BorderStyle.SINGLE, size: 2, color: '999999' } as const;

/** An empty box of the given height to answer in: one bordered cell. */
function answerBox(heightMm: number, context: DocxRenderContext): Table {
  const width = context.textWidth - questionIndent;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    indent: { size: questionIndent, type: WidthType.DXA },
    borders: { top: boxBorder, bottom: boxBorder, left: boxBorder, right: boxBorder, insideHorizontal: boxBorder, insideVertical: boxBorder },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: twipsOf(heightMm), rule: HeightRule.EXACT },
        children: [new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({})] })],
      }),
    ],
  });
}

/** Squared paper (5 mm squares) of the given height, for a graph or a figure: a table of empty square cells. */
function answerGrid(heightMm: number, context: DocxRenderContext): Table {
  const square = twipsOf(gridSquareMm);
  const columns = Math.max(1, Math.floor((context.textWidth - questionIndent) / square));
  const rows = Math.max(1, Math.round(heightMm / gridSquareMm));
  return new Table({
    width: { size: columns * square, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => square),
    indent: { size: questionIndent, type: WidthType.DXA },
    borders: { top: boxBorder, bottom: boxBorder, left: boxBorder, right: boxBorder, insideHorizontal: gridLine, insideVertical: gridLine },
    rows: Array.from(
      { length: rows },
      () =>
        new TableRow({
          cantSplit: true,
          height: { value: square, rule: HeightRule.EXACT },
          children: Array.from(
            { length: columns },
            () =>
              new TableCell({
                width: { size: square, type: WidthType.DXA },
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                children: [new Paragraph({ spacing: { line: 240 } })],
              }),
          ),
        }),
    ),
  });
}

/** A question's answer space as Word parts: ruled lines, a box, squared paper, or nothing. */
function answerSpaceParts(space: AnswerSpace, context: DocxRenderContext): ((keepNext: boolean) => DocxBodyChild[])[] {
  switch (space.kind) {
    case 'lines':
      return Array.from({ length: space.count }, () => (keepNext: boolean) => [answerLine(context, keepNext)]);
    case 'box':
      return [() => [answerBox(space.height, context)]];
    case 'grid':
      return [() => [answerGrid(space.height ?? defaultGridHeight, context)]];
    case 'none':
      return [];
  }
}

/** Pixels (CSS, 96 to the inch) in a width of twips. */
const twipsPerPixel = 15;

/** A figure at its width (never wider than the column), or its description in brackets when Word cannot embed it. */
function renderFigure(node: JSONContent, context: DocxRenderContext, frame: Frame): DocxBodyChild[] {
  const sha = figureSha256(node.attrs?.src);
  const image = sha ? context.figures.get(sha) : undefined;
  const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
  if (!image) {
    return [paragraph([new TextRun({ text: alt ? `〔图：${alt}〕` : '〔图〕', color: '777777' })], frame)];
  }
  const columnPx = Math.floor((context.textWidth - (frame.indent ?? 0)) / twipsPerPixel);
  const asked = typeof node.attrs?.width === 'number' && node.attrs.width > 0 ? node.attrs.width : image.widthPx;
  const widthPx = Math.max(1, Math.min(asked, columnPx));
  const heightPx = Math.max(1, Math.round((widthPx * image.heightPx) / image.widthPx));
  const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption : '';
  const picture = paragraph(
    [
      new ImageRun({
        type: image.type,
        data: image.data,
        transformation: { width: widthPx, height: heightPx },
        altText: { name: alt || 'figure', description: alt, title: alt },
      }),
    ],
    // A figure stays with its caption on one page.
    { ...frame, keepNext: caption !== '' },
    { keepLines: true },
  );
  if (!caption) return [picture];
  // The 图注 under the figure, centred and a size smaller, as Word's own captions are.
  return [
    picture,
    paragraph([new TextRun({ text: caption, size: sizes.small })], { ...frame, keepNext: false }, { alignment: AlignmentType.CENTER }),
  ];
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
 * answer) its answer space (ruled lines, a box, squared paper or nothing, from `answerSpace`,
 * else `answerLines`), or (教师版) its answer in red. Every part but the last
 * keeps with the next, so a page never separates a question from its lines.
 */
function renderQuestion(node: JSONContent, number: number, context: DocxRenderContext): DocxBodyChild[] {
  const content = node.content ?? [];
  const answer = content.find((child) => child.type === 'answer');
  const body = content.filter((child) => child.type !== 'answer');
  const space = answerSpaceOf(node.attrs);
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
  for (const part of withChoiceOptions(rest)) {
    if (part.kind === 'choices') {
      parts.push((keepNext) => renderChoices(part.options, part.columns, context, keepNext));
      continue;
    }
    const child = part.node;
    const indent = child.type === 'paragraph' ? undefined : 420;
    parts.push((keepNext) => renderNode(child, context, { style: exportStyles.questionMore.id, keepNext, indent }));
  }
  if (answer) parts.push((keepNext) => renderAnswer(answer, context, keepNext));
  if (!answer) parts.push(...answerSpaceParts(space, context));
  return parts.flatMap((part, index) => part(index < parts.length - 1));
}

/** A choice item's options as fits: a row of four or of two on tab stops, or one a line. */
function renderChoices(options: ChoiceOption[], columns: ChoiceColumns, context: DocxRenderContext, keepNext: boolean): DocxBodyChild[] {
  const step = Math.floor(context.textWidth / columns);
  const tabStops = Array.from({ length: columns - 1 }, (_, index) => ({ type: TabStopType.LEFT, position: step * (index + 1) }));
  const rows: ChoiceOption[][] = [];
  for (let index = 0; index < options.length; index += columns) rows.push(options.slice(index, index + columns));
  return rows.map((row, rowIndex) =>
    paragraph(
      row.flatMap((option, index) => [
        ...(index > 0 ? [new TextRun({ children: [new Tab()] })] : []),
        new TextRun({ text: `${option.letter}. ` }),
        ...inlineRuns(option.content),
      ]),
      { style: exportStyles.questionMore.id, keepNext: keepNext || rowIndex < rows.length - 1 },
      tabStops.length > 0 ? { tabStops } : {},
    ),
  );
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
    case 'blockMath':
      return [paragraph([formulaRun(String(node.attrs?.latex ?? ''), true)], frame)];
    case 'image':
      return renderFigure(node, context, frame);
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
export function renderBlock(
  block: JSONContent,
  number: number,
  context: DocxRenderContext,
  sectionNumber: number | null = number,
): DocxBodyChild[] {
  const title = typeof block.attrs?.title === 'string' ? block.attrs.title : '';
  const minutes = typeof block.attrs?.minutes === 'number' ? block.attrs.minutes : null;
  const headingRuns: ParagraphChild[] = [
    new Bookmark({ id: blockBookmarkName(block.type ?? 'section', number), children: [new TextRun(blockHeading({ number: sectionNumber, title, minutes }))] }),
  ];
  if (context.edition === 'teacher' && block.attrs?.audience === 'teacher') {
    headingRuns.push(new TextRun({ text: ` ${teacherOnlyMark}`, color: teacherColor, font: fonts.heading }));
  }
  const children: DocxBodyChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: headingRuns })];
  // A copied block's 来源, under its heading in the 教师版 (edition() leaves it out of the 学生版).
  const origin = context.edition === 'teacher' ? blockOriginOf(block.attrs?.origin) : null;
  if (origin) {
    children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: blockOriginLine(origin), size: sizes.small, color: '595959' })] }));
  }
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
