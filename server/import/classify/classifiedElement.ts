import type { JSONContent } from '@tiptap/core';
import type { Audience, BlockKind } from '../../../shared/editor/blockKinds.ts';
import type { HeaderFields } from '../../../shared/import/headerFields.ts';
import type { LabelForm, LabelSynonyms, ParsedBlockLabel } from '../../../shared/import/labelMapping.ts';
import type { InlineSegment } from '../sourceElements.ts';

/** How a list item is marked: numbered or with a bullet. */
export type ListStyle = 'ordered' | 'bullet';

/** What a line inside a block is; the assembler decides where it goes. */
export type ClassifiedLine =
  /** A ruled answer line: one more answer line of the open question, or a line of underscores. */
  | { kind: 'ruledLine' }
  /** 【答案】 or the 答案 style under an open question. */
  | { kind: 'answer'; segments: InlineSegment[] }
  /** A 教师复备栏 note; an unmarked one continues the note above it. */
  | { kind: 'teacherNote'; segments: InlineSegment[]; marked: boolean }
  /** 小组分工：4人一组（组长、记录员…） in 互学. */
  | { kind: 'groupRoles'; size: number; roles: string[] }
  /** A tier heading (A组（必做）) for the questions under it; with text after it, also a question. */
  | { kind: 'tierHeading'; tier: string; segments: InlineSegment[]; opensQuestion: boolean }
  /** A numbered item or a task (探究1：…) opening a question; a null tier is the tier heading's. */
  | { kind: 'question'; tier: string | null; segments: InlineSegment[]; number?: number | null; paren?: boolean }
  /** A picture: into the open question, or the block. */
  | { kind: 'figure'; src: string; width: number | null; height: number | null }
  /** Numbered answers written in the block for its items (答案：1．B 2．C). */
  | { kind: 'blockKey'; segments: InlineSegment[] }
  /** A display equation: into the open question, or the block. */
  | { kind: 'blockMath'; latex: string }
  /** A line continuing the open question: a list item, or a paragraph when `list` is null. */
  | { kind: 'questionPart'; list: ListStyle | null; segments: InlineSegment[] }
  /** An item of a list in the block (学习目标 1. … 2. …). */
  | { kind: 'listItem'; list: ListStyle; segments: InlineSegment[] }
  /** Plain content of the block; headings stay bold. */
  | { kind: 'paragraph'; bold: boolean; segments: InlineSegment[] };

/** What one source element is. */
export type ClassifiedElement =
  | ClassifiedLine
  /** An empty line: dropped. */
  | { kind: 'blank' }
  /** Header fields (课题, 主备 …) in a line or a table before the first block. */
  | { kind: 'headerFields'; fields: HeaderFields }
  /** A title-like line before the first block. */
  | { kind: 'titleLine'; text: string }
  /** A table of the content. */
  | { kind: 'table'; node: JSONContent }
  /** 【学习难点】… after 【学习重点】…: the second part of one 重点难点 block. */
  | { kind: 'keyPointPart'; title: string; text: string }
  /** A numbered heading inside a block (一、基础知识梳理 under 【课前预习案】): a bold line of the block. */
  | { kind: 'innerHeading'; segments: InlineSegment[] }
  /** The title of an answer key section (参考答案, 【预习案答案】): the lines after it answer items. */
  | { kind: 'answerKeyStart' }
  /** A line of an answer key section. */
  | { kind: 'answerKeyLine'; text: string; segments: InlineSegment[] }
  /** A label opening a block, and what follows the label on its line. */
  | { kind: 'blockLabel'; label: ParsedBlockLabel; audience: Audience; sourceLabel: string; rest: ClassifiedLine | null };

/** What the classifier needs to know of the guide assembled so far. */
export interface AssemblyState {
  /** The kind of the block being filled; null before the first block. */
  blockKind: BlockKind | null;
  /** A question is open in that block, so answers and continuation lines attach to it. */
  questionOpen: boolean;
  /** The open question was numbered （1）: a （2） after it is the next item, not a part of it. */
  parenQuestionOpen: boolean;
  /** The number of the last 一、二、 label that opened a block. */
  lastNumber: number | null;
  /** Inside an answer key section. */
  answerKey: boolean;
  /** The block being filled has nothing in it yet. */
  blockEmpty: boolean;
  /** How the open block's label was written. */
  blockForm: LabelForm | null;
  /** The open block numbers its own headings (一、二、 inside 【课前预习案】). */
  innerNumbered: boolean;
}

export interface ClassifyContext extends AssemblyState {
  /** The file comes from our own export (its block headings carry bookmarks). */
  fromOurExport: boolean;
  synonyms: LabelSynonyms;
  /** The text of the next non-empty line; empty when a table or the end comes first. */
  nextLineText: () => string;
}

/** What a line inside a block is classified by. */
export interface LineContext {
  blockKind: BlockKind;
  questionOpen: boolean;
  parenQuestionOpen?: boolean;
  nextLineText: () => string;
}
