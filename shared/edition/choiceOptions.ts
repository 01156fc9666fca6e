import type { JSONContent } from '@tiptap/core';

/**
 * A choice item's options (A. … B. … C. … D. …) as teachers type them: on one line, two lines
 * or one per line, separated by spaces. In print and in Word they are laid out as fits: all in
 * one row when every option is short, two to a row when they fit half a line, else one a line.
 */
export interface ChoiceOption {
  letter: string;
  /** The option's inline content, without its letter and the spaces around it. */
  content: JSONContent[];
}

export type ChoiceColumns = 1 | 2 | 4;

/** The parts of a question's body: nodes printed as they are, and runs of options laid out together. */
export type ChoicePart = { kind: 'node'; node: JSONContent } | { kind: 'choices'; options: ChoiceOption[]; columns: ChoiceColumns };

const letters = 'ABCDEFGH';
/** An option's letter where an option may start: at the start or after a space, followed by . ． 、 or ：. */
const marker = /(^|[\s\u3000])([A-H])[.．、:：]\s*/g;

/** The options of one paragraph, expecting `first` as its first letter; null when it is not an options line. */
export function paragraphOptions(paragraph: JSONContent, first: string): ChoiceOption[] | null {
  if (paragraph.type !== 'paragraph') return null;
  const options: ChoiceOption[] = [];
  let expected = letters.indexOf(first);
  let current = null as ChoiceOption | null;
  for (const node of paragraph.content ?? []) {
    if (node.type !== 'text' || typeof node.text !== 'string') {
      if (!current) return null;
      current.content.push(node);
      continue;
    }
    const text = node.text;
    let last = 0;
    for (const match of text.matchAll(marker)) {
      if (match[2] !== letters[expected]) continue;
      const start = match.index ?? 0;
      const before = text.slice(last, start + match[1].length);
      if (current) {
        if (before) current.content.push({ ...node, text: before });
      } else if (before.trim() !== '') {
        return null;
      }
      current = { letter: match[2], content: [] };
      options.push(current);
      expected += 1;
      last = start + match[0].length;
    }
    const after = text.slice(last);
    if (!current) {
      if (after.trim() !== '') return null;
      continue;
    }
    if (after) current.content.push({ ...node, text: after });
  }
  if (options.length === 0) return null;
  for (const option of options) trimEnd(option.content);
  return options;
}

function trimEnd(content: JSONContent[]): void {
  const last = content.at(-1);
  if (last?.type !== 'text' || typeof last.text !== 'string') return;
  const text = last.text.replace(/[\s\u3000]+$/, '');
  if (text) content[content.length - 1] = { ...last, text };
  else content.pop();
}

/** How wide an option prints, in half-width characters: a Chinese character counts two, a formula by its length. */
export function optionWidth(option: ChoiceOption): number {
  let width = 3;
  const walk = (nodes: JSONContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text' && typeof node.text === 'string') {
        for (const character of node.text) width += /[\u2e80-\uffff]/.test(character) ? 2 : 1;
      } else if (node.type === 'inlineMath') {
        width += Math.ceil(String(node.attrs?.latex ?? '').replace(/\\[a-z]+/gi, 'x').length * 0.8);
      } else if (node.type === 'blank') {
        width += 8;
      } else if (node.type === 'image') {
        width += 40;
      } else if (node.content) {
        walk(node.content);
      }
    }
  };
  walk(option.content);
  return width;
}

/** Half-width characters on one printed line of a question (A4, 五号, after the number's indent). */
export const lineWidth = 72;

/** One row of four when each option takes a quarter line, two to a row at half a line, else one a line. */
export function choiceColumns(options: readonly ChoiceOption[]): ChoiceColumns {
  const widest = Math.max(...options.map(optionWidth));
  if (options.length <= 4 && widest <= lineWidth / 4 - 2) return 4;
  if (widest <= lineWidth / 2 - 2) return 2;
  return 1;
}

/**
 * A question's body with its options gathered: consecutive paragraphs that start with A, then
 * go on with the next letters (A B / C D on two lines, or one a line), become one run of
 * options when there are at least two. Anything else stays as it is.
 */
export function withChoiceOptions(nodes: readonly JSONContent[]): ChoicePart[] {
  const parts: ChoicePart[] = [];
  let index = 0;
  while (index < nodes.length) {
    const options: ChoiceOption[] = [];
    let end = index;
    while (end < nodes.length) {
      const next = letters[options.length];
      const found = next ? paragraphOptions(nodes[end], next) : null;
      if (!found) break;
      options.push(...found);
      end += 1;
    }
    if (options.length >= 2) {
      parts.push({ kind: 'choices', options, columns: choiceColumns(options) });
      index = end;
    } else {
      parts.push({ kind: 'node', node: nodes[index] });
      index += 1;
    }
  }
  return parts;
}
