import type { JSONContent } from '@tiptap/core';
import type { Audience, BlockKind } from '../../../shared/editor/blockKinds.ts';
import type { InlineSegment } from '../sourceElements.ts';
import type { LabelForm } from '../../../shared/import/labelMapping.ts';

/** A question being assembled: its lines, its answer, and the ruled answer lines under it. */
export interface QuestionDraft {
  tier: string | null;
  content: JSONContent[];
  answer: JSONContent[];
  ruledLines: number;
  /** The item's number as printed (for matching a 参考答案 section), null when unnumbered. */
  number: number | null;
  /** Answers written into its blanks (red text), shown as its answer too. */
  blankAnswers: string[];
  /** Numbered （1）: the next （2） is an item of its own. */
  paren?: boolean;
}

/** A block being assembled, with what the preview reports of it. */
export interface BlockDraft {
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
  /** How its label was written, null for loose lines. */
  form: LabelForm | null;
  /** It numbers headings of its own (一、二、 inside 【课前预习案】). */
  innerNumbered: boolean;
  /** Its closed questions with their printed numbers, for answer keys. */
  questionNodes: { node: JSONContent; number: number | null }[];
  /** Answers written in the block for its items (答案：1．… 2．…), matched when the guide is done. */
  keyAnswers: { number: number; segments: InlineSegment[] }[];
}
