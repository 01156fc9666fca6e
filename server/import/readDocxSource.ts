import { readWithMammoth } from './mammothWorker.ts';
import type { InlineSegment, SourceElement, SourceParagraph, SourceTable, SourceTableCell } from './sourceElements.ts';

/** The part of mammoth's document model the importer reads (mammoth ships no types for it). */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  name?: string;
  styleName?: string | null;
  numbering?: { isOrdered?: boolean; level?: string | number } | null;
  indent?: { start?: string | null } | null;
  alignment?: string | null;
  isBold?: boolean;
  isItalic?: boolean;
  isUnderline?: boolean;
  isStrikethrough?: boolean;
  breakType?: string;
  isHeader?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

function isMammothNode(value: unknown): value is MammothNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function childrenOf(node: MammothNode): MammothNode[] {
  return Array.isArray(node.children) ? node.children.filter(isMammothNode) : [];
}

/** What the importer learned besides the content: things it had to leave out. */
export interface DocxSource {
  elements: SourceElement[];
  /** Readable notes for the preview, e.g. that images were not imported. */
  warnings: string[];
}

type Piece =
  | { kind: 'text'; segment: InlineSegment }
  | { kind: 'break' }
  | { kind: 'softBreak' }
  | { kind: 'bookmark'; name: string };

/**
 * Where a new line starts when a converter wrote the document's line breaks as a run holding
 * one space (pandoc does): a numbered item, a sub-heading, a label, an indented line …
 */
const lineStart =
  /^(\d{1,3}\s*[.．、](?!\d)|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|【|〔|\u3000|(探究|问题|任务|活动)\s*[0-9一二三四五六七八九十]|提示|答[:：]|[A-C](组|层)|[★☆]|(基础|提高|拓展|必做|选做)(题|练习)?[（(：:]|我的疑惑|本节课)/;

function headingLevelOf(styleName: string | null | undefined): number | null {
  if (!styleName) return null;
  const match = /^(?:heading|标题)\s*([1-6])$/i.exec(styleName.trim());
  if (match) return Number(match[1]);
  if (/^(title|标题)$/i.test(styleName.trim())) return 1;
  return null;
}

class PieceCollector {
  readonly pieces: Piece[] = [];
  images = 0;

  collect(node: MammothNode, style: Omit<InlineSegment, 'text'>): void {
    switch (node.type) {
      case 'run': {
        const runStyle = {
          bold: node.isBold || undefined,
          italic: node.isItalic || undefined,
          underline: node.isUnderline || undefined,
          strike: node.isStrikethrough || undefined,
        };
        const children = childrenOf(node);
        if (children.length === 1 && children[0].type === 'text' && children[0].value === ' ') {
          this.pieces.push({ kind: 'softBreak' });
          return;
        }
        for (const child of children) this.collect(child, runStyle);
        return;
      }
      case 'text':
        if (node.value) this.pieces.push({ kind: 'text', segment: { text: node.value, ...style } });
        return;
      case 'tab':
        this.pieces.push({ kind: 'text', segment: { text: '\t', ...style } });
        return;
      case 'break':
        if (node.breakType === 'line' || node.breakType === undefined) this.pieces.push({ kind: 'break' });
        return;
      case 'bookmarkStart':
        if (node.name) this.pieces.push({ kind: 'bookmark', name: node.name });
        return;
      case 'checkbox':
        this.pieces.push({ kind: 'text', segment: { text: '□', ...style } });
        return;
      case 'image':
        this.images += 1;
        return;
      default:
        for (const child of childrenOf(node)) this.collect(child, style);
    }
  }
}

/** Joins neighbouring segments with the same style, and drops empty ones. */
function mergeSegments(segments: InlineSegment[]): InlineSegment[] {
  const merged: InlineSegment[] = [];
  for (const segment of segments) {
    if (!segment.text) continue;
    const last = merged.at(-1);
    if (
      last &&
      Boolean(last.bold) === Boolean(segment.bold) &&
      Boolean(last.italic) === Boolean(segment.italic) &&
      Boolean(last.underline) === Boolean(segment.underline) &&
      Boolean(last.strike) === Boolean(segment.strike)
    ) {
      last.text += segment.text;
    } else {
      merged.push({ ...segment });
    }
  }
  return merged;
}

/** The text that follows a soft break, to decide whether it starts a new line. */
function textAfter(pieces: Piece[], index: number): string {
  let text = '';
  for (let next = index + 1; next < pieces.length && text.length < 12; next += 1) {
    const piece = pieces[next];
    if (piece.kind === 'text') text += piece.segment.text;
    else if (piece.kind !== 'bookmark') break;
  }
  return text;
}

function isRuled(segments: InlineSegment[]): boolean {
  const text = segments.map((segment) => segment.text).join('');
  return /^[\s\u3000_＿]*$/.test(text) && (text.includes('\t') || /[_＿]{4,}/.test(text));
}

function readParagraph(node: MammothNode, warnings: { images: number }): SourceParagraph[] {
  const collector = new PieceCollector();
  for (const child of childrenOf(node)) collector.collect(child, {});
  warnings.images += collector.images;
  const base = {
    type: 'paragraph' as const,
    headingLevel: headingLevelOf(node.styleName),
    styleName: node.styleName ?? null,
    list: node.numbering ? { ordered: Boolean(node.numbering.isOrdered), level: Number(node.numbering.level ?? 0) } : null,
    indented: Number(node.indent?.start ?? 0) > 0,
    centered: node.alignment === 'center',
  };
  const lines: { segments: InlineSegment[]; bookmarks: string[] }[] = [{ segments: [], bookmarks: [] }];
  collector.pieces.forEach((piece, index) => {
    const line = lines[lines.length - 1];
    if (piece.kind === 'text') line.segments.push(piece.segment);
    else if (piece.kind === 'bookmark') line.bookmarks.push(piece.name);
    else if (piece.kind === 'break') lines.push({ segments: [], bookmarks: [] });
    else if (line.segments.length > 0 && lineStart.test(textAfter(collector.pieces, index))) {
      lines.push({ segments: [], bookmarks: [] });
    } else {
      line.segments.push({ text: ' ' });
    }
  });
  return lines.map((line, index) => {
    const segments = mergeSegments(line.segments);
    return {
      ...base,
      // Lines after a break inside one paragraph are neither a heading nor a new list item.
      headingLevel: index === 0 ? base.headingLevel : null,
      list: index === 0 ? base.list : null,
      segments,
      bookmarks: line.bookmarks,
      ruledLine: isRuled(segments),
    };
  });
}

function readCellParagraphs(node: MammothNode, warnings: { images: number }): SourceParagraph[] {
  return childrenOf(node).flatMap((child) => {
    if (child.type === 'paragraph') return readParagraph(child, warnings);
    return readCellParagraphs(child, warnings);
  });
}

function readTable(node: MammothNode, warnings: { images: number }): SourceTable {
  const rows = childrenOf(node)
    .filter((row) => row.type === 'tableRow')
    .map((row) =>
      childrenOf(row)
        .filter((cell) => cell.type === 'tableCell')
        .map(
          (cell): SourceTableCell => ({
            header: Boolean(row.isHeader),
            colSpan: cell.colSpan ?? 1,
            rowSpan: cell.rowSpan ?? 1,
            paragraphs: readCellParagraphs(cell, warnings),
          }),
        ),
    )
    .filter((row) => row.length > 0);
  return { type: 'table', rows };
}

function readBody(nodes: MammothNode[], warnings: { images: number }): SourceElement[] {
  return nodes.flatMap((node): SourceElement[] => {
    if (node.type === 'paragraph') return readParagraph(node, warnings);
    if (node.type === 'table') return [readTable(node, warnings)];
    return readBody(childrenOf(node), warnings);
  });
}

/** What reading one .docx may use beside the event loop. */
const mammothLimits = { heapMb: 256, timeoutMs: 60_000 };

/**
 * Reads the unpacked parts of a .docx with mammoth (on a worker thread) into lines and tables.
 * Throws DocxTooComplexError past mammoth's memory or time limit, and whatever mammoth throws
 * for a file it cannot read (the caller turns that into 422).
 */
export async function readDocxSource(files: Map<string, Uint8Array>): Promise<DocxSource> {
  const document = await readWithMammoth(files, mammothLimits);
  if (!isMammothNode(document)) throw new Error('mammoth returned no document');
  const counts = { images: 0 };
  const elements = readBody(childrenOf(document), counts);
  const warnings = counts.images > 0 ? [`文档中的 ${counts.images} 张图片没有导入，请在编辑器中重新插入。`] : [];
  return { elements, warnings };
}
