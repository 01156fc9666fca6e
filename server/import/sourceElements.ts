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
  /** Written in red: teachers' answers in a 教师版. */
  red?: boolean;
  /** 上标 / 下标. */
  script?: 'super' | 'sub';
  /** A Word equation: its LaTeX (`text` holds its plain text, for reading the line). */
  math?: string;
  /** A fill-in blank with this answer (red text written into a blank). */
  blank?: string;
}

/** A picture of the document: the package part holding its bytes and its size on the page. */
export interface SourceFigure {
  part: string;
  /** CSS pixels, null when unknown. */
  width: number | null;
  height: number | null;
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
  /** A line that is only a picture (it follows the text of its Word paragraph). */
  figure?: SourceFigure;
  /** A line that is only a display equation (m:oMathPara): its LaTeX. */
  displayMath?: string;
  /** Written in a teacher's column (导案, 教师活动) of a layout table: for the teacher only. */
  teacher?: boolean;
  /** The label cell of a layout table row (目标导学, 课堂练习): it names the row's block. */
  labelCell?: boolean;
  /** Written in a layout table's 答案 column: the answer of the item beside it, for the teacher only. */
  answer?: boolean;
}

export interface SourceTableCell {
  header: boolean;
  colSpan: number;
  rowSpan: number;
  paragraphs: SourceParagraph[];
  /** The cell's content in order, nested tables kept (paragraphs has them flattened). */
  elements?: SourceElement[];
  /** The cell's width in twentieths of a point, null when not given. */
  width?: number | null;
  /** The grid column the cell starts in (a row under a cell merged down lacks that cell). */
  column?: number;
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
