import { InputRule, Node, mergeAttributes, type Attributes } from '@tiptap/core';

// Formulas: the schema of @tiptap/extension-mathematics (names `inlineMath` and `blockMath`,
// attr `latex`, the same HTML and input rules), without the package's KaTeX view, which
// imports KaTeX for every user of the schema. The server only reads the schema; the client
// attaches its own view (client/editor/extensions.ts), which loads KaTeX when a formula shows.

const latexAttribute: Attributes = {
  latex: {
    default: '',
    parseHTML: (element) => element.getAttribute('data-latex'),
    renderHTML: (attributes) => ({ 'data-latex': attributes.latex as string }),
  },
};

export const BlockMath = Node.create({
  name: 'blockMath',
  group: 'block',
  atom: true,
  addAttributes: () => latexAttribute,
  parseHTML: () => [{ tag: 'div[data-type="block-math"]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'block-math' })],
  addInputRules() {
    return [
      new InputRule({
        find: /^\$\$\$([^$]+)\$\$\$$/,
        handler: ({ state, range, match }) => {
          const node = this.type.create({ latex: match[1] });
          const $from = state.doc.resolve(range.from);
          const wholeParagraph =
            $from.depth > 0 &&
            $from.parent.isTextblock &&
            range.from === $from.start() &&
            range.to === $from.end() &&
            $from.node(-1).canReplaceWith($from.index(-1), $from.indexAfter(-1), this.type);
          const replaced = wholeParagraph ? { from: $from.before(), to: $from.after() } : range;
          state.tr.replaceWith(replaced.from, replaced.to, node);
        },
      }),
    ];
  },
});

export const InlineMath = Node.create({
  name: 'inlineMath',
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes: () => latexAttribute,
  parseHTML: () => [{ tag: 'span[data-type="inline-math"]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'inline-math' })],
  addInputRules() {
    return [
      new InputRule({
        find: /(?<!\$)(\$\$([^$\n]+?)\$\$)(?!\$)/,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, this.type.create({ latex: match[2] }));
        },
      }),
    ];
  },
});
