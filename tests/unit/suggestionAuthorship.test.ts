import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestionModeKey, suggestionModePlugin } from '../../shared/editor/extensions/suggestionMode.ts';
import { guideSchema } from '../../shared/editor/schema.ts';
import { checkSuggestionOnlyChange } from '../../shared/suggestions/suggestionOnlyChange.ts';

const schema = guideSchema();

const base = schema.nodeFromJSON({
  type: 'doc',
  content: [
    {
      type: 'selfStudy',
      attrs: { id: 'block-self', title: '自主学习' },
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '阅读课本第98页，完成下列问题。' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '一次函数的图象是一条直线。' }] },
      ],
    },
  ],
});

function suggestingAs(state: EditorState, author: string): EditorState {
  return state.apply(state.tr.setMeta(suggestionModeKey, { enabled: true, author }));
}

/** Applies a transaction the way the view does: filters, appended transactions and all. */
function run(state: EditorState, build: (tr: Transaction) => void): EditorState {
  const tr = state.tr;
  build(tr);
  return state.applyTransaction(tr).state;
}

function inlinePositions(doc: ProseMirrorNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) for (let index = 0; index <= node.content.size; index++) positions.push(pos + 1 + index);
    return !node.isTextblock;
  });
  return positions;
}

describe('the check of suggestion authors', () => {
  it('accepts every change the editor makes in suggestion mode, whoever typed inside whose suggestion (property)', () => {
    const edit = fc.record({
      kind: fc.constantFrom('insert', 'delete', 'replace'),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 6 }),
      text: fc.constantFrom('新', '函数', 'ab', '，', '图象经过'),
      author: fc.constantFrom('user-zhangwei', 'user-liuyang', 'user-wanglei'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 14 }), (edits) => {
        let state = EditorState.create({ doc: base, plugins: [suggestionModePlugin()] });
        for (const step of edits) {
          state = suggestingAs(state, step.author);
          const positions = inlinePositions(state.doc);
          const from = positions[step.at % positions.length]!;
          const to = Math.min(state.doc.content.size, positions[Math.min(positions.length - 1, (step.at % positions.length) + step.length)]!);
          const before = state.doc;
          state = run(state, (tr) => {
            if (step.kind === 'insert') tr.insertText(step.text, from);
            else if (step.kind === 'delete' && to > from) tr.delete(from, to);
            else if (to > from) tr.insertText(step.text, from, to);
          });
          expect(checkSuggestionOnlyChange(before, state.doc, step.author)).toEqual({ ok: true });
        }
      }),
      { numRuns: 150, seed: 20261203 },
    );
  }, 60_000);
});
