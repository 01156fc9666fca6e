import type { JSONContent } from '@tiptap/core';

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
}

/** Nodes whose content is compared as fields, not as text (answers are teacher-only and diffed on their own). */
const fieldNodes = new Set(['answer', 'groupRoles']);
const textblockTypes = new Set(['paragraph', 'heading']);

function isTextblock(node: JSONContent): boolean {
  if (node.type && textblockTypes.has(node.type)) return true;
  return (node.content ?? []).some((child) => child.type === 'text' || child.type === 'hardBreak');
}

/**
 * The text of a block (or of any node) as the diff compares it: every paragraph and heading
 * at any depth (lists, tables, questions, 教师复备栏 notes) is one line; answers and group roles
 * are left out because they are compared as fields.
 */
export function blockText(block: JSONContent): BlockText {
  const lines: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;

  const visit = (node: JSONContent, path: number[]) => {
    if (node.type && fieldNodes.has(node.type)) return;
    if (isTextblock(node)) {
      if (lines.length > 0) length += 1;
      let line = '';
      (node.content ?? []).forEach((child, index) => {
        if (child.type === 'text' && child.text) {
          runs.push({ start: length + line.length, length: child.text.length, path: [...path, index] });
          line += child.text;
        } else if (child.type === 'hardBreak') {
          line += '\n';
        }
      });
      lines.push(line);
      length += line.length;
      return;
    }
    (node.content ?? []).forEach((child, index) => visit(child, [...path, index]));
  };
  (block.content ?? []).forEach((child, index) => visit(child, [index]));

  return { text: lines.join('\n'), runs };
}
