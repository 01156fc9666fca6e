import type { JSONContent } from '@tiptap/core';
import type { DiffAtom } from '../schemas/diff.ts';

/** Where a piece of a block's text comes from: a text node, by its child-index path from the block. */
export interface TextRun {
  /** Offset of the run in the block's text. */
  start: number;
  length: number;
  /** Child indexes from the block down to the text node (the same in ProseMirror JSON and in the editor's nodes). */
  path: number[];
}

export interface BlockText {
  /** The block's text: one line per paragraph or heading, joined by "\n". */
  text: string;
  runs: TextRun[];
  /** With `atoms`: the formulas, figures and blanks, one per `atomPlaceholder` in `text`, in order. */
  atoms: DiffAtom[];
}

/** Stands in the text for a formula, a figure or a blank (U+FFFC OBJECT REPLACEMENT CHARACTER). */
export const atomPlaceholder = '\uFFFC';

/** Nodes whose content is compared as fields, not as text (answers are teacher-only and diffed on their own). */
const fieldNodes = new Set(['answer', 'groupRoles']);
/**
 * Nodes a diff leaves out altogether: a 复备批注 is the class teacher's own remark beside the
 * guide, not a change of it, and must neither show as new text nor shift the text around it.
 */
const ignoredNodes = new Set(['teacherNote']);
const textblockTypes = new Set(['paragraph', 'heading']);

function isTextblock(node: JSONContent): boolean {
  if (node.type && textblockTypes.has(node.type)) return true;
  return (node.content ?? []).some((child) => child.type === 'text' || child.type === 'hardBreak');
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A formula, figure or blank as the diff compares and shows it; null for any other node. */
function atomOf(node: JSONContent): DiffAtom | null {
  switch (node.type) {
    case 'inlineMath':
    case 'blockMath':
      return { type: node.type, latex: text(node.attrs?.latex) };
    case 'image':
      return { type: 'image', src: text(node.attrs?.src), alt: text(node.attrs?.alt) };
    case 'blank':
      return { type: 'blank', answer: text(node.attrs?.answer) };
    default:
      return null;
  }
}

/** What makes two atoms the same for the diff. */
export function atomKey(atom: DiffAtom): string {
  return JSON.stringify(atom);
}

export interface BlockTextOptions {
  /**
   * Put formulas, figures and blanks in the text, each as one `atomPlaceholder` described in
   * `atoms` (what the diff compares). Without it they are left out, as in plain text.
   */
  atoms?: boolean;
}

/**
 * The text of a block (or of any node) as the diff compares it: every paragraph and heading
 * at any depth (lists, tables, questions) is one line; answers and group roles are left out
 * because they are compared as fields, and 复备批注 because they are no change of the guide.
 */
export function blockText(block: JSONContent, options: BlockTextOptions = {}): BlockText {
  const lines: string[] = [];
  const runs: TextRun[] = [];
  const atoms: DiffAtom[] = [];
  let length = 0;

  const visit = (node: JSONContent, path: number[]) => {
    if (node.type && (fieldNodes.has(node.type) || ignoredNodes.has(node.type))) return;
    const blockAtom = options.atoms ? atomOf(node) : null;
    if (blockAtom) {
      // A display formula or a figure is a line of its own.
      if (lines.length > 0) length += 1;
      atoms.push(blockAtom);
      lines.push(atomPlaceholder);
      length += 1;
      return;
    }
    if (isTextblock(node)) {
      if (lines.length > 0) length += 1;
      let line = '';
      (node.content ?? []).forEach((child, index) => {
        if (child.type === 'text' && child.text) {
          runs.push({ start: length + line.length, length: child.text.length, path: [...path, index] });
          line += child.text;
        } else if (child.type === 'hardBreak') {
          line += '\n';
        } else if (options.atoms) {
          const atom = atomOf(child);
          if (atom) {
            atoms.push(atom);
            line += atomPlaceholder;
          }
        }
      });
      lines.push(line);
      length += line.length;
      return;
    }
    (node.content ?? []).forEach((child, index) => visit(child, [...path, index]));
  };
  (block.content ?? []).forEach((child, index) => visit(child, [index]));

  return { text: lines.join('\n'), runs, atoms };
}
