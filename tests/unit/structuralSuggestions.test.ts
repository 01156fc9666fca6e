import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { suggestionModeKey, suggestionModePlugin } from '../../shared/editor/extensions/suggestionMode.ts';
import { guideSchema } from '../../shared/editor/schema.ts';
import { listSuggestions } from '../../shared/suggestions/listSuggestions.ts';
import { decideSuggestion, rejectAll } from '../../shared/suggestions/resolveSuggestions.ts';
import { checkSuggestionOnlyChange } from '../../shared/suggestions/suggestionOnlyChange.ts';

const schema = guideSchema();
const member = 'user-zhangwei';

const question = (id: string, text: string): JSONContent => ({
  type: 'question',
  attrs: { id },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const base = schema.nodeFromJSON({
  type: 'doc',
  content: [
    {
      type: 'selfStudy',
      attrs: { id: 'block-self', title: '自主学习', minutes: 5 },
      content: [question('q-1', '画出 y=2x 的图象。'), question('q-2', '说出它经过哪些象限。')],
    },
    {
      type: 'check',
      attrs: { id: 'block-check', title: '当堂检测', minutes: 8 },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '完成练习。' }] }],
    },
  ],
});

function suggesting(doc: ProseMirrorNode, author = member): EditorState {
  const state = EditorState.create({ doc, plugins: [suggestionModePlugin()] });
  return state.apply(state.tr.setMeta(suggestionModeKey, { enabled: true, author }));
}

function run(state: EditorState, build: (tr: Transaction) => void): EditorState {
  const tr = state.tr;
  build(tr);
  return state.applyTransaction(tr).state;
}

/** Position of the node with this id. */
function positionOfId(doc: ProseMirrorNode, id: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (node.attrs.id === id) found = pos;
    return found < 0;
  });
  if (found < 0) throw new Error(`no node ${id}`);
  return found;
}

function questionTexts(doc: ProseMirrorNode): string[] {
  const texts: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'question') texts.push(node.textContent);
    return true;
  });
  return texts;
}

function expectGuardAccepts(after: ProseMirrorNode) {
  expect(checkSuggestionOnlyChange(base, after, member)).toEqual({ ok: true });
  expect(rejectAll(after).toJSON()).toEqual(base.toJSON());
}

describe('structural suggestions', () => {
  it('proposes a new question: listed, accepted or rejected whole, and typing inside it carries no marks', () => {
    let state = suggesting(base);
    const at = positionOfId(state.doc, 'q-2');
    state = run(state, (tr) => tr.insert(at, schema.nodeFromJSON(question('q-new', '求函数值。'))));
    const inside = positionOfId(state.doc, 'q-new') + 2;
    state = run(state, (tr) => tr.insertText('再', inside));
    const [suggestion, ...rest] = listSuggestions(state.doc);
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({ kind: 'insert', node: 'question', text: '再求函数值。', author: member, blockTitle: '自主学习' });
    expectGuardAccepts(state.doc);
    expect(questionTexts(decideSuggestion(state.doc, suggestion!.id, 'accept'))).toEqual([
      '画出 y=2x 的图象。',
      '再求函数值。',
      '说出它经过哪些象限。',
    ]);
    expect(listSuggestions(decideSuggestion(state.doc, suggestion!.id, 'accept'))).toEqual([]);
    expect(decideSuggestion(state.doc, suggestion!.id, 'reject').toJSON()).toEqual(base.toJSON());
  });

  it('proposes deleting a question: it stays until accepted; the own proposed node goes for real', () => {
    let state = suggesting(base);
    const at = positionOfId(state.doc, 'q-1');
    state = run(state, (tr) => tr.delete(at, at + state.doc.nodeAt(at)!.nodeSize));
    expect(questionTexts(state.doc)).toHaveLength(2);
    const [suggestion] = listSuggestions(state.doc);
    expect(suggestion).toMatchObject({ kind: 'delete', node: 'question', text: '画出 y=2x 的图象。' });
    expectGuardAccepts(state.doc);
    expect(questionTexts(decideSuggestion(state.doc, suggestion!.id, 'accept'))).toEqual(['说出它经过哪些象限。']);
    expect(decideSuggestion(state.doc, suggestion!.id, 'reject').toJSON()).toEqual(base.toJSON());

    let own = suggesting(base);
    own = run(own, (tr) => tr.insert(positionOfId(own.doc, 'q-2'), schema.nodeFromJSON(question('q-new', '新题'))));
    const ownAt = positionOfId(own.doc, 'q-new');
    own = run(own, (tr) => tr.delete(ownAt, ownAt + own.doc.nodeAt(ownAt)!.nodeSize));
    expect(own.doc.toJSON()).toEqual(base.toJSON());
  });

  it('proposes a move of a block as one suggestion: the original stays until accepted, the copy has new ids', () => {
    let state = suggesting(base);
    const first = state.doc.child(0);
    const second = state.doc.child(1);
    state = run(state, (tr) => tr.replaceWith(0, first.nodeSize + second.nodeSize, [second, first]));
    const suggestions = listSuggestions(state.doc);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ kind: 'move', node: 'selfStudy' });
    expectGuardAccepts(state.doc);
    const accepted = decideSuggestion(state.doc, suggestions[0]!.id, 'accept');
    expect(accepted.childCount).toBe(2);
    expect([accepted.child(0).attrs.title, accepted.child(1).attrs.title]).toEqual(['当堂检测', '自主学习']);
    expect(accepted.child(1).attrs.id).not.toBe('block-self');
    expect(decideSuggestion(state.doc, suggestions[0]!.id, 'reject').toJSON()).toEqual(base.toJSON());
  });

  it('proposes new minutes and a tier: the old values come back on reject', () => {
    let state = suggesting(base);
    const block = positionOfId(state.doc, 'block-self');
    state = run(state, (tr) => tr.setNodeAttribute(block, 'minutes', 10));
    state = run(state, (tr) => tr.setNodeAttribute(block, 'minutes', 12));
    const q = positionOfId(state.doc, 'q-1');
    state = run(state, (tr) => tr.setNodeMarkup(q, undefined, { ...state.doc.nodeAt(q)!.attrs, tier: 'B' }));
    const [minutes, tier] = listSuggestions(state.doc);
    expect(minutes).toMatchObject({ kind: 'attrs', node: 'selfStudy', changes: [{ name: 'minutes', from: 5, to: 12 }] });
    expect(tier).toMatchObject({ kind: 'attrs', node: 'question', changes: [{ name: 'tier', from: null, to: 'B' }] });
    expectGuardAccepts(state.doc);
    const accepted = decideSuggestion(state.doc, minutes!.id, 'accept');
    expect(accepted.child(0).attrs.minutes).toBe(12);
    expect(listSuggestions(accepted).map((suggestion) => suggestion.id)).toEqual([tier!.id]);
    expect(decideSuggestion(state.doc, minutes!.id, 'reject').child(0).attrs.minutes).toBe(5);
    // Setting the old value again withdraws the suggestion.
    state = run(state, (tr) => tr.setNodeAttribute(block, 'minutes', 5));
    expect(listSuggestions(state.doc).map((suggestion) => suggestion.kind)).toEqual(['attrs']);
  });

  it('proposes a display formula and an inline formula; a formula proposed and then changed stays one suggestion', () => {
    let state = suggesting(base);
    const q = positionOfId(state.doc, 'q-1');
    const paragraphEnd = q + 1 + state.doc.nodeAt(q)!.firstChild!.nodeSize;
    state = run(state, (tr) => tr.insert(paragraphEnd, schema.nodes.blockMath!.create({ latex: '\\frac{1}{2}' })));
    const textEnd = q + 1 + state.doc.nodeAt(q)!.firstChild!.nodeSize - 1;
    state = run(state, (tr) => tr.insert(textEnd, schema.nodes.inlineMath!.create({ latex: 'x^2' })));
    const kinds = listSuggestions(state.doc).map((suggestion) => [suggestion.kind, suggestion.node, suggestion.text]);
    expect(kinds).toEqual([
      ['insert', 'inlineMath', '$x^2$'],
      ['insert', 'blockMath', '\\frac{1}{2}'],
    ]);
    expectGuardAccepts(state.doc);
  });

  it('the guard refuses plain structural changes and forged or borrowed node suggestions', () => {
    const plain = EditorState.create({ doc: base });
    const inserted = run(plain, (tr) => tr.insert(positionOfId(base, 'q-2'), schema.nodeFromJSON(question('q-x', '新题'))));
    expect(checkSuggestionOnlyChange(base, inserted.doc, member)).toMatchObject({ ok: false, reason: 'not-a-suggestion' });
    const minutes = run(plain, (tr) => tr.setNodeAttribute(0, 'minutes', 9));
    expect(checkSuggestionOnlyChange(base, minutes.doc, member).ok).toBe(false);
    const wrongOld = run(plain, (tr) =>
      tr
        .setNodeAttribute(0, 'minutes', 9)
        .setNodeAttribute(0, 'suggestion', { kind: 'attrs', id: 's1', author: member, createdAt: '2026-12-04T00:00:00Z', old: { minutes: 6 } }),
    );
    expect(checkSuggestionOnlyChange(base, wrongOld.doc, member).ok).toBe(false);
    const borrowed = run(plain, (tr) =>
      tr.setNodeAttribute(0, 'suggestion', { kind: 'delete', id: 's2', author: 'user-liuyang', createdAt: '2026-12-04T00:00:00Z' }),
    );
    expect(checkSuggestionOnlyChange(base, borrowed.doc, member)).toMatchObject({ ok: false, reason: 'foreign-author' });
  });
});

describe('figures and display formulas put in the middle of a line', () => {
  it('go after the paragraph, proposed, and the paragraph stays whole', () => {
    let state = suggesting(base);
    const q = positionOfId(state.doc, 'q-1');
    const middle = q + 3;
    state = run(state, (tr) => tr.replaceWith(middle, middle, schema.nodes.image!.create({ src: '/api/files/' + 'a'.repeat(64), alt: '坐标系' })));
    expect(questionTexts(state.doc)[0]).toBe('画出 y=2x 的图象。');
    const [suggestion] = listSuggestions(state.doc);
    expect(suggestion).toMatchObject({ kind: 'insert', node: 'image', text: '坐标系' });
    expect(state.doc.nodeAt(q)!.child(1).type.name).toBe('image');
    expectGuardAccepts(state.doc);
  });
});
