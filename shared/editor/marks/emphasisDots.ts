import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    emphasisDots: {
      /** Puts dots under the selected characters (加点字), or takes them away. */
      toggleEmphasisDots: () => ReturnType;
    };
  }
}

/** Tells whether a CSS text-emphasis value asks for dots (`filled dot`, `dot`, `circle` as Word's 着重号 comes over). */
function isDotEmphasis(value: string): boolean {
  return /\b(dot|circle)\b/.test(value);
}

/**
 * 加点字: characters marked with a dot under each one, as 语文 guides mark the characters
 * whose sound or meaning students must learn ("给加点字注音"). Printed with CSS
 * `text-emphasis: filled dot` under the text; Word calls it 着重号 (`w:em`).
 */
export const EmphasisDots = Mark.create({
  name: 'emphasisDots',

  parseHTML() {
    return [
      { tag: 'span[data-emphasis="dots"]' },
      { style: 'text-emphasis', getAttrs: (value) => (isDotEmphasis(value) ? null : false) },
      { style: 'text-emphasis-style', getAttrs: (value) => (isDotEmphasis(value) ? null : false) },
      { style: '-webkit-text-emphasis', getAttrs: (value) => (isDotEmphasis(value) ? null : false) },
      { style: '-webkit-text-emphasis-style', getAttrs: (value) => (isDotEmphasis(value) ? null : false) },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-emphasis': 'dots', class: 'emphasis-dots' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      toggleEmphasisDots:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
    };
  },
});
