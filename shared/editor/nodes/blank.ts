import { InputRule, Node, PasteRule, mergeAttributes } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blank: {
      /** Inserts a fill-in blank (填空) at the selection, replacing what is selected. */
      insertBlank: (attributes?: { answer?: string; width?: number | null }) => ReturnType;
    };
  }
}

/** Blank width in characters for a run of underscores: two underscores take about one character. */
function widthOfUnderscores(count: number): number {
  return Math.max(2, Math.round(count / 2));
}

function parseWidth(value: string | null): number | null {
  if (value === null || value === '') return null;
  const width = Number(value);
  return Number.isFinite(width) && width > 0 ? width : null;
}

/** The node for a run of underscores or for the space inside full-width brackets. */
function blankNode(schema: Schema, width: number | null): ProseMirrorNode {
  return schema.nodes.blank.create({ answer: '', width });
}

/**
 * A fill-in blank (填空): the 学生版 prints an underline as long as the answer (or as `width`
 * characters when set), the 教师版 prints the answer on the line. `answer` is plain text (may
 * be empty while the teacher has not written it yet); `width` is a length in characters, or
 * null to follow the answer. Typing `____` or `（`, a space and `）` turns into a blank (Backspace right after
 * gives the typed text back); pasted runs of four or more underscores become blanks too.
 */
export const Blank = Node.create({
  name: 'blank',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      answer: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-answer') ?? '',
        renderHTML: (attributes) => ({ 'data-answer': attributes.answer }),
      },
      width: {
        default: null,
        parseHTML: (element) => parseWidth(element.getAttribute('data-width')),
        renderHTML: (attributes) => (attributes.width ? { 'data-width': String(attributes.width) } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="blank"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': 'blank', class: 'blank' }, HTMLAttributes)];
  },

  renderText({ node }) {
    const width = typeof node.attrs.width === 'number' ? node.attrs.width : 4;
    return '_'.repeat(Math.max(4, width * 2));
  },

  addCommands() {
    return {
      insertBlank:
        (attributes = {}) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { answer: attributes.answer ?? '', width: attributes.width ?? null } }),
    };
  },

  addInputRules() {
    return [
      new InputRule({
        find: /_{4}$/,
        handler: ({ state, range }) => {
          state.tr.replaceWith(range.from, range.to, blankNode(state.schema, null));
        },
      }),
      new InputRule({
        // Brackets stay: a choice item's full-width brackets keep the blank inside them.
        find: /（[ \u3000]+）$/,
        handler: ({ state, range }) => {
          state.tr.replaceWith(range.from + 1, range.to, [blankNode(state.schema, null), state.schema.text('）')]);
        },
      }),
    ];
  },

  addPasteRules() {
    return [
      new PasteRule({
        find: /_{4,}/g,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, blankNode(state.schema, widthOfUnderscores(match[0].length)));
        },
      }),
    ];
  },
});
