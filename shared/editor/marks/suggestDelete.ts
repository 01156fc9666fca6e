import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionAttributes } from './suggestionAttributes.ts';

/** Text a reviewer proposes to delete (track changes); it stays until accepted. */
export const SuggestDelete = Mark.create({
  name: 'suggestDelete',
  inclusive: false,
  excludes: 'suggestInsert',

  addAttributes() {
    return suggestionAttributes();
  },

  parseHTML() {
    return [{ tag: 'del[data-suggestion]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['del', mergeAttributes({ 'data-suggestion': 'delete', class: 'suggest-delete' }, HTMLAttributes), 0];
  },
});
