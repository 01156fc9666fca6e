import { Node, mergeAttributes } from '@tiptap/core';
import { answerLinesFor, type AnswerSpace } from '../../schemas/answerSpace.ts';
import { idAttribute } from './idAttribute.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    question: {
      /** Sets the answer space of the question the caret is in (its `answerLines` follow, for readers that know only lines). */
      setAnswerSpace: (space: AnswerSpace) => ReturnType;
    };
  }
}

function parseAnswerSpace(value: string | null): unknown {
  if (!value) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/**
 * A question or task item: its content, then optionally one `answer` (shown only in
 * the 教师版). `tier` is the school's difficulty label (A / B / C, 基础 / 提高 / 拓展,
 * 必做 / 选做, ★) or null. `answerSpace` is the space the 学生版 leaves for the answer
 * (see `answerSpaceOf` in shared/schemas/answerSpace.ts): null until the teacher chooses,
 * and then the older `answerLines` (how many ruled lines) decides, 2 by default.
 */
export const Question = Node.create({
  name: 'question',
  group: 'block',
  content: '(paragraph | bulletList | orderedList | table | image | blockMath)+ answer?',
  defining: true,

  addAttributes() {
    return {
      id: idAttribute(),
      tier: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-tier') || null,
        renderHTML: (attributes) => (attributes.tier ? { 'data-tier': attributes.tier } : {}),
      },
      answerLines: {
        default: 2,
        parseHTML: (element) => Number(element.getAttribute('data-answer-lines') ?? 2),
        renderHTML: (attributes) => ({ 'data-answer-lines': String(attributes.answerLines) }),
      },
      answerSpace: {
        default: null,
        parseHTML: (element) => parseAnswerSpace(element.getAttribute('data-answer-space')),
        renderHTML: (attributes) =>
          attributes.answerSpace ? { 'data-answer-space': JSON.stringify(attributes.answerSpace) } : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="question"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-type': 'question', class: 'question' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setAnswerSpace:
        (space) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          for (let depth = $from.depth; depth > 0; depth -= 1) {
            const node = $from.node(depth);
            if (node.type.name !== this.name) continue;
            if (dispatch) {
              tr.setNodeMarkup($from.before(depth), undefined, {
                ...node.attrs,
                answerSpace: space,
                answerLines: answerLinesFor(space),
              });
            }
            return true;
          }
          return false;
        },
    };
  },
});
