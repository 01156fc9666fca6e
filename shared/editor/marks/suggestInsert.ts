import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionAttributes } from './suggestionAttributes.ts';

/** Text a reviewer proposes to insert (track changes); accepted or rejected by the leader. */
export const SuggestInsert = Mark.create({
  name: 'suggestInsert',
  inclusive: false,
  excludes: 'suggestDelete',

  addAttributes() {
    return suggestionAttributes();
  },

  parseHTML() {
    return [{ tag: 'ins[data-suggestion]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['ins', mergeAttributes({ 'data-suggestion': 'insert', class: 'suggest-insert' }, HTMLAttributes), 0];
  },
});
