import { Node, mergeAttributes } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { createId } from '../createId.ts';
import { idAttribute } from './idAttribute.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    teacherNote: {
      /** Adds a 教师复备栏 note after the paragraph (or list, question …) the caret is in, and puts the caret in it. */
      insertTeacherNote: (text?: string) => ReturnType;
    };
  }
}

/**
 * A remark in the 教师复备栏 (the class teacher's margin column): the teacher's own note next
 * to a part of the guide, e.g. "（2）班基础弱，这里多举一例". It sits inside a block, is shown in
 * the margin, and prints in the 教师版 only: the 学生版 drops this node type by name.
 */
export const TeacherNote = Node.create({
  name: 'teacherNote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return { id: idAttribute() };
  },

  parseHTML() {
    return [{ tag: 'aside[data-type="teacher-note"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes({ 'data-type': 'teacher-note', class: 'teacher-note' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      insertTeacherNote:
        (text = '') =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          // The depth of the guide block the caret is in; the note goes right after the child holding the caret.
          let blockDepth = -1;
          for (let depth = $from.depth; depth > 0; depth -= 1) {
            if ($from.node(depth).type.spec.group === 'guideBlock') {
              blockDepth = depth;
              break;
            }
          }
          if (blockDepth < 0 || blockDepth + 1 > $from.depth) return false;
          const paragraph = state.schema.nodes.paragraph.create(null, text ? state.schema.text(text) : null);
          const note = this.type.create({ id: createId() }, paragraph);
          const insertAt = $from.after(blockDepth + 1);
          if (dispatch) {
            tr.insert(insertAt, note);
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 2 + text.length));
            tr.scrollIntoView();
          }
          return true;
        },
    };
  },
});
