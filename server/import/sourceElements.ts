/**
 * A Word document reduced to what the importer maps: lines of styled text and tables, in
 * reading order. One Word paragraph may give several lines (line breaks, and the soft breaks
 * converters such as pandoc write as separate runs).
 */
export interface InlineSegment {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
}

export interface SourceParagraph {
  type: 'paragraph';
  segments: InlineSegment[];
  /** 1-6 for Word's Heading styles (and Title as 1), null for body text. */
  headingLevel: number | null;
  /** The Word paragraph style's name (答案, Heading 2 …), null when none. */
  styleName: string | null;
  /** A Word list paragraph: numbered or bulleted, and its level. */
  list: { ordered: boolean; level: number } | null;
  /** Indented from the left margin (a question's continuation lines usually are). */
  indented: boolean;
  /** Centred, as title lines are. */
  centered: boolean;
  /** Names of the bookmarks that start in this paragraph. */
  bookmarks: string[];
  /** The paragraph holds a tab and nothing but blanks: a ruled answer line. */
  ruledLine: boolean;
}

export interface SourceTableCell {
  header: boolean;
  colSpan: number;
  rowSpan: number;
  paragraphs: SourceParagraph[];
}

export interface SourceTable {
  type: 'table';
  rows: SourceTableCell[][];
}

export type SourceElement = SourceParagraph | SourceTable;

/** A line's text without styling. */
export function plainText(paragraph: Pick<SourceParagraph, 'segments'>): string {
  return paragraph.segments.map((segment) => segment.text).join('');
}
