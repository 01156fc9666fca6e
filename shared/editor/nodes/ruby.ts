import { Node, mergeAttributes } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    ruby: {
      /** Puts 拼音 over the selected characters (one ruby over the whole selection), or changes it when the caret is in one. */
      setRuby: (annotation: string) => ReturnType;
      /** Takes the 拼音 away and keeps the characters. */
      unsetRuby: () => ReturnType;
    };
  }
}

/**
 * 拼音 (注音) over characters, printed as HTML `<ruby>` and exported as Word's `w:ruby`. An
 * inline node whose content is the characters themselves (real text: searched, compared in
 * diffs, suggested and commented like any other text) and whose attr `annotation` is the
 * reading shown above them, e.g. 解剖 with "jiě pōu". A node rather than a mark because a
 * mark cannot render the reading after its text, and two neighbouring marks with the same
 * reading (好好 hǎo hǎo marked one by one) would merge into one.
 */
export const Ruby = Node.create({
  name: 'ruby',
  group: 'inline',
  inline: true,
  content: 'text*',
  marks: '_',

  addAttributes() {
    return {
      annotation: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-annotation') ?? element.querySelector('rt')?.textContent ?? '',
        renderHTML: (attributes) => ({ 'data-annotation': attributes.annotation }),
      },
    };
  },

  parseHTML() {
    return [
      { tag: 'ruby' },
      // The characters are the ruby's text without its reading (<rt>, kept in `annotation`)
      // and the brackets (<rp>) shown by browsers without ruby.
      { tag: 'rt', ignore: true },
      { tag: 'rp', ignore: true },
    ];
  },

  renderHTML({ HTMLAttributes, node }) {
    return [
      'ruby',
      mergeAttributes({ class: 'ruby' }, HTMLAttributes),
      ['span', { class: 'ruby-base' }, 0],
      ['rt', { contenteditable: 'false' }, String(node.attrs.annotation ?? '')],
    ];
  },

  renderText({ node }) {
    return `${node.textContent}（${String(node.attrs.annotation ?? '')}）`;
  },

  addCommands() {
    return {
      setRuby:
        (annotation) =>
        ({ state, tr, dispatch }) => {
          const { from, to, $from } = state.selection;
          const parent = $from.parent;
          if (parent.type.name === this.name) {
            if (dispatch) tr.setNodeMarkup($from.before(), undefined, { ...parent.attrs, annotation });
            return true;
          }
          if (from === to || !$from.sameParent(state.selection.$to) || !parent.inlineContent) return false;
          const text = state.doc.textBetween(from, to);
          if (!text) return false;
          let onlyText = true;
          state.doc.nodesBetween(from, to, (child) => {
            if (child.isInline && !child.isText) onlyText = false;
          });
          if (!onlyText) return false;
          if (dispatch) {
            const slice = state.doc.slice(from, to);
            tr.replaceWith(from, to, this.type.create({ annotation }, slice.content));
          }
          return true;
        },
      unsetRuby:
        () =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          if ($from.parent.type.name !== this.name) return false;
          if (dispatch) tr.replaceWith($from.before(), $from.after(), $from.parent.content);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey('rubyWithoutCharacters'),
        // A reading over no characters cannot be seen or reached again: drop it.
        appendTransaction: (transactions, _oldState, state) => {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          const empty: number[] = [];
          state.doc.descendants((child, pos) => {
            if (child.type === type && child.content.size === 0) empty.push(pos);
            return child.isBlock;
          });
          if (empty.length === 0) return null;
          const tr = state.tr;
          for (const pos of empty.reverse()) tr.delete(pos, pos + 1);
          return tr;
        },
      }),
    ];
  },
});
