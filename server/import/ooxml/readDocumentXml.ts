import type { InlineSegment, SourceElement, SourceFigure, SourceParagraph, SourceTable, SourceTableCell } from '../sourceElements.ts';
import { isRedColor, readNumbering, readRelationships, readStyles, styleProperty, type WordStyle } from './docxParts.ts';
import { NumberingCounters } from './numberText.ts';
import { ommlText, ommlToLatex } from './ommlToLatex.ts';
import { child, childVal, childrenNamed, descendant, descendants, parseXml, textOf, toggle, type XmlNode } from './xmlTree.ts';

/** A Word document read into lines and tables, and the pictures it refers to. */
export interface OoxmlSource {
  elements: SourceElement[];
  /** Package parts of the pictures the figures refer to. */
  figureParts: Set<string>;
  equations: number;
}

type Piece =
  | { kind: 'text'; segment: InlineSegment }
  | { kind: 'break' }
  | { kind: 'softBreak' }
  | { kind: 'figure'; figure: SourceFigure }
  | { kind: 'displayMath'; latex: string; text: string }
  /** The content of a text box anchored in the paragraph (a label drawn in a box). */
  | { kind: 'boxed'; elements: SourceElement[] };

interface RunStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  red: boolean;
  script: 'super' | 'sub' | null;
}

const emuPerPixel = 9525;

function headingLevelOf(styleName: string | null, outlineLevel: number | null): number | null {
  if (styleName) {
    const match = /^(?:heading|标题)\s*([1-6])$/i.exec(styleName.trim());
    if (match) return Number(match[1]);
    if (/^(title|标题)$/i.test(styleName.trim())) return 1;
  }
  return outlineLevel !== null && outlineLevel >= 0 && outlineLevel < 6 ? outlineLevel + 1 : null;
}

/** Reads document.xml with its styles, numbering and relationships. */
class DocumentReader {
  readonly figureParts = new Set<string>();
  equations = 0;
  private readonly styles: Map<string, WordStyle>;
  private readonly counters: NumberingCounters;
  private readonly relationships: Map<string, string>;

  constructor(private readonly files: Map<string, Uint8Array>) {
    this.styles = readStyles(parseXml(files.get('word/styles.xml')));
    this.counters = new NumberingCounters(readNumbering(parseXml(files.get('word/numbering.xml'))));
    this.relationships = readRelationships(parseXml(files.get('word/_rels/document.xml.rels')));
  }

  body(container: XmlNode): SourceElement[] {
    const out: SourceElement[] = [];
    for (const node of container.children) {
      if (node.name === 'w:p') out.push(...this.paragraph(node));
      else if (node.name === 'w:tbl') out.push(this.table(node));
      else if (node.name === 'w:sdt') out.push(...this.body(child(node, 'w:sdtContent') ?? node));
      else if (node.name === 'w:customXml' || node.name === 'w:ins' || node.name === 'w:moveTo' || node.name === 'w:smartTag') out.push(...this.body(node));
    }
    return out;
  }

  private table(node: XmlNode): SourceTable {
    type GridCell = SourceTableCell & { column: number; merge: 'restart' | 'continue' | null };
    const grid: GridCell[][] = [];
    for (const row of childrenNamed(node, 'w:tr')) {
      const header = child(child(row, 'w:trPr'), 'w:tblHeader') !== null;
      let column = 0;
      const cells: GridCell[] = [];
      const cellNodes = row.children.flatMap((item) => (item.name === 'w:sdt' ? childrenNamed(child(item, 'w:sdtContent'), 'w:tc') : item.name === 'w:tc' ? [item] : []));
      for (const cell of cellNodes) {
        const props = child(cell, 'w:tcPr');
        const span = Number(childVal(props, 'w:gridSpan') ?? 1) || 1;
        const mergeNode = child(props, 'w:vMerge');
        const merge = mergeNode ? (mergeNode.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null;
        const width = Number(child(props, 'w:tcW')?.attrs['w:w'] ?? Number.NaN);
        const elements = this.body(cell);
        cells.push({
          header,
          colSpan: span,
          rowSpan: 1,
          paragraphs: flattenParagraphs(elements),
          elements,
          width: Number.isFinite(width) && child(props, 'w:tcW')?.attrs['w:type'] !== 'pct' ? width : null,
          column,
          merge,
        });
        column += span;
      }
      grid.push(cells);
    }
    // A cell merged down (vMerge) spans the rows whose cell in its column continues it.
    grid.forEach((cells, rowIndex) => {
      for (const cell of cells) {
        if (cell.merge !== 'restart') continue;
        for (let below = rowIndex + 1; below < grid.length; below += 1) {
          const next = grid[below].find((item) => item.column === cell.column);
          if (!next || next.merge !== 'continue') break;
          cell.rowSpan += 1;
        }
      }
    });
    const rows = grid
      .map((cells) =>
        cells
          .filter((cell) => cell.merge !== 'continue')
          .map(({ merge: _merge, ...cell }) => cell),
      )
      .filter((row) => row.length > 0);
    return { type: 'table', rows };
  }

  private paragraph(node: XmlNode): SourceElement[] {
    const props = child(node, 'w:pPr');
    const styleId = childVal(props, 'w:pStyle');
    const styleName = styleId ? (this.styles.get(styleId)?.name ?? styleId) : null;
    const outline = childVal(props, 'w:outlineLvl');
    const headingLevel = headingLevelOf(styleName, outline !== null ? Number(outline) : styleProperty(this.styles, styleId, 'outlineLevel'));
    const numPr = child(props, 'w:numPr');
    const numId = childVal(numPr, 'w:numId') ?? styleProperty(this.styles, styleId, 'numId');
    const numLevel = Number(childVal(numPr, 'w:ilvl') ?? styleProperty(this.styles, styleId, 'numLevel') ?? 0);
    const jc = childVal(props, 'w:jc');
    const centered = jc !== null ? jc === 'center' : Boolean(styleProperty(this.styles, styleId, 'centered'));
    const indent = child(props, 'w:ind');
    const indented = Number(indent?.attrs['w:left'] ?? indent?.attrs['w:start'] ?? 0) > 0 || Number(indent?.attrs['w:leftChars'] ?? indent?.attrs['w:startChars'] ?? 0) > 0;
    const paragraphStyle: RunStyle = {
      bold: Boolean(styleProperty(this.styles, styleId, 'bold')),
      italic: false,
      underline: false,
      strike: false,
      red: Boolean(styleProperty(this.styles, styleId, 'red')),
      script: null,
    };
    const pieces: Piece[] = [];
    const bookmarks: string[] = [];
    this.inline(node, paragraphStyle, pieces, bookmarks);
    const text = pieces.some((piece) => piece.kind === 'text' && piece.segment.text.trim() !== '');
    const number = numId && text ? this.counters.next(numId, numLevel) : null;
    const lines: { segments: InlineSegment[] }[] = [{ segments: [] }];
    const after: SourceElement[] = [];
    const base: Omit<SourceParagraph, 'segments' | 'ruledLine'> = {
      type: 'paragraph',
      headingLevel,
      styleName,
      list: null,
      indented,
      centered,
      bookmarks,
    };
    if (number) {
      if (number.bullet) base.list = { ordered: false, level: number.level };
      else if (number.text) lines[0].segments.push({ text: `${number.text}${/[、.．)）:：]$/.test(number.text) ? '' : ' '}`, bold: firstBold(pieces) || undefined });
    }
    pieces.forEach((piece, index) => {
      const line = lines[lines.length - 1];
      if (piece.kind === 'text') line.segments.push(piece.segment);
      else if (piece.kind === 'break') lines.push({ segments: [] });
      else if (piece.kind === 'softBreak') {
        if (line.segments.length > 0 && lineStart.test(textAfter(pieces, index))) lines.push({ segments: [] });
        else line.segments.push({ text: ' ' });
      }
      else if (piece.kind === 'figure') after.push({ ...base, headingLevel: null, segments: [], ruledLine: false, figure: piece.figure, bookmarks: [] });
      else if (piece.kind === 'boxed') after.push(...piece.elements);
      else after.push({ ...base, headingLevel: null, segments: [{ text: piece.text }], ruledLine: false, displayMath: piece.latex, bookmarks: [] });
    });
    const paragraphs = lines.map((line, index): SourceParagraph => {
      const segments = mergeSegments(line.segments);
      return {
        ...base,
        headingLevel: index === 0 ? headingLevel : null,
        list: index === 0 ? base.list : null,
        bookmarks: index === 0 ? bookmarks : [],
        segments,
        ruledLine: isRuled(segments),
      };
    });
    return [...paragraphs, ...after];
  }

  private runStyle(props: XmlNode | null, inherited: RunStyle): RunStyle {
    const styleId = childVal(props, 'w:rStyle');
    const styleBold = styleId ? styleProperty(this.styles, styleId, 'bold') : null;
    const styleRed = styleId ? styleProperty(this.styles, styleId, 'red') : null;
    const color = childVal(props, 'w:color');
    const underline = childVal(props, 'w:u');
    const vertical = childVal(props, 'w:vertAlign');
    return {
      bold: toggle(props, 'w:b') ?? styleBold ?? inherited.bold,
      italic: toggle(props, 'w:i') ?? inherited.italic,
      underline: underline !== null ? underline !== 'none' : inherited.underline,
      strike: toggle(props, 'w:strike') ?? toggle(props, 'w:dstrike') ?? inherited.strike,
      red: color !== null ? isRedColor(color) : (styleRed ?? inherited.red),
      script: vertical === 'superscript' ? 'super' : vertical === 'subscript' ? 'sub' : inherited.script,
    };
  }

  private inline(node: XmlNode, style: RunStyle, pieces: Piece[], bookmarks: string[]): void {
    for (const item of node.children) {
      switch (item.name) {
        case 'w:r':
          this.run(item, this.runStyle(child(item, 'w:rPr'), style), pieces);
          break;
        case 'w:del':
        case 'w:moveFrom':
        case 'w:pPr':
        case 'w:rPr':
          break;
        case 'w:bookmarkStart':
          if (item.attrs['w:name']) bookmarks.push(item.attrs['w:name']);
          break;
        case 'm:oMathPara':
          for (const math of childrenNamed(item, 'm:oMath')) {
            this.equations += 1;
            pieces.push({ kind: 'displayMath', latex: ommlToLatex(math), text: ommlText(math) });
          }
          break;
        case 'm:oMath':
          this.equations += 1;
          pieces.push({ kind: 'text', segment: { text: ommlText(item), math: ommlToLatex(item) } });
          break;
        default:
          // w:hyperlink, w:ins, w:moveTo, w:smartTag, w:fldSimple, w:sdt(Content), w:customXml …
          this.inline(item, style, pieces, bookmarks);
      }
    }
  }

  private run(run: XmlNode, style: RunStyle, pieces: Piece[]): void {
    const content = run.children.filter((item) => item.name !== 'w:rPr' && item.name !== '#text');
    if (content.length === 1 && content[0].name === 'w:t' && textOf(content[0]) === ' ') {
      // Converters such as pandoc write a line break as a run holding one space.
      pieces.push({ kind: 'softBreak' });
      return;
    }
    const segment = (text: string): Piece => ({
      kind: 'text',
      segment: {
        text,
        bold: style.bold || undefined,
        italic: style.italic || undefined,
        underline: style.underline || undefined,
        strike: style.strike || undefined,
        red: style.red || undefined,
        script: style.script ?? undefined,
      },
    });
    for (const item of run.children) {
      switch (item.name) {
        case 'w:t':
          pieces.push(segment(textOf(item)));
          break;
        case 'w:tab':
        case 'w:ptab':
          pieces.push(segment('\t'));
          break;
        case 'w:br':
          if (item.attrs['w:type'] !== 'page' && item.attrs['w:type'] !== 'column') pieces.push({ kind: 'break' });
          break;
        case 'w:cr':
          pieces.push({ kind: 'break' });
          break;
        case 'w:noBreakHyphen':
          pieces.push(segment('-'));
          break;
        case 'w:sym':
          pieces.push(segment('□'));
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          this.drawing(item, pieces);
          break;
        default:
          break;
      }
    }
  }

  /** A text box's content (once: from the DrawingML choice, not again from its VML fallback), or a picture. */
  private drawing(node: XmlNode, pieces: Piece[]): void {
    const choice = node.name === 'mc:AlternateContent' ? (child(node, 'mc:Choice') ?? child(node, 'mc:Fallback')) : node;
    const box = choice ? descendant(choice, 'w:txbxContent') : null;
    if (box) pieces.push({ kind: 'boxed', elements: this.body(box) });
    else this.figure(node, pieces);
  }

  /** A picture (DrawingML a:blip, or VML v:imagedata in older files and OLE objects). */
  private figure(node: XmlNode, pieces: Piece[]): void {
    const choice = node.name === 'mc:AlternateContent' ? (child(node, 'mc:Choice') ?? child(node, 'mc:Fallback')) : node;
    if (!choice) return;
    const blip = descendant(choice, 'a:blip');
    const imageData = blip ? null : descendant(choice, 'v:imagedata');
    const id = blip?.attrs['r:embed'] ?? imageData?.attrs['r:id'] ?? null;
    const part = id ? this.relationships.get(id) : undefined;
    if (!part || !this.files.has(part)) return;
    const extent = descendants(choice, 'wp:extent')[0];
    const width = extent ? Math.round(Number(extent.attrs.cx) / emuPerPixel) : null;
    const height = extent ? Math.round(Number(extent.attrs.cy) / emuPerPixel) : null;
    this.figureParts.add(part);
    pieces.push({ kind: 'figure', figure: { part, width: width && width > 0 ? width : null, height: height && height > 0 ? height : null } });
  }
}

/**
 * Where a new line starts when a converter wrote the document's line breaks as a run holding
 * one space: a numbered item, a sub-heading, a label, an indented line …
 */
const lineStart =
  /^(\d{1,3}\s*[.．、](?!\d)|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|【|〔|\u3000|(探究|问题|任务|活动)\s*[0-9一二三四五六七八九十]|提示|答[:：]|[A-C](组|层)|[★☆]|(基础|提高|拓展|必做|选做)(题|练习)?[（(：:]|我的疑惑|本节课)/;

/** The text that follows a soft break, to decide whether it starts a new line. */
function textAfter(pieces: Piece[], index: number): string {
  let text = '';
  for (let next = index + 1; next < pieces.length && text.length < 12; next += 1) {
    const piece = pieces[next];
    if (piece.kind === 'text') text += piece.segment.text;
    else break;
  }
  return text;
}

function firstBold(pieces: Piece[]): boolean {
  const first = pieces.find((piece) => piece.kind === 'text' && piece.segment.text.trim() !== '');
  return first?.kind === 'text' ? Boolean(first.segment.bold) : false;
}

function sameStyle(a: InlineSegment, b: InlineSegment): boolean {
  return (
    a.math === undefined &&
    b.math === undefined &&
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.italic) === Boolean(b.italic) &&
    Boolean(a.underline) === Boolean(b.underline) &&
    Boolean(a.strike) === Boolean(b.strike) &&
    Boolean(a.red) === Boolean(b.red) &&
    a.script === b.script
  );
}

/** Joins neighbouring segments with the same style, and drops empty ones. */
function mergeSegments(segments: InlineSegment[]): InlineSegment[] {
  const merged: InlineSegment[] = [];
  for (const segment of segments) {
    if (!segment.text && segment.math === undefined) continue;
    const last = merged.at(-1);
    if (last && sameStyle(last, segment)) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

function isRuled(segments: InlineSegment[]): boolean {
  const text = segments.map((segment) => segment.text).join('');
  return /^[\s\u3000_＿]*$/.test(text) && (text.includes('\t') || /[_＿]{4,}/.test(text));
}

/** The paragraphs of a cell's content, nested tables' paragraphs in reading order. */
export function flattenParagraphs(elements: SourceElement[]): SourceParagraph[] {
  return elements.flatMap((element) =>
    element.type === 'paragraph' ? [element] : element.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs)),
  );
}

/** Reads the unpacked parts of a .docx (document.xml, styles, numbering, relationships) into lines and tables. */
export function readDocumentXml(files: Map<string, Uint8Array>): OoxmlSource {
  const root = parseXml(files.get('word/document.xml'));
  const body = child(root, 'w:body');
  if (!root || !body) throw new Error('word/document.xml has no body');
  const reader = new DocumentReader(files);
  const elements = reader.body(body);
  return { elements, figureParts: reader.figureParts, equations: reader.equations };
}
