import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestionModeKey, suggestionModePlugin } from '../../shared/editor/extensions/suggestionMode.ts';
import { guideSchema } from '../../shared/editor/schema.ts';
import { listSuggestions } from '../../shared/suggestions/listSuggestions.ts';
import {
  acceptAll,
  decideAuthorSuggestions,
  decideSuggestion,
  rejectAll,
} from '../../shared/suggestions/resolveSuggestions.ts';
import { checkSuggestionOnlyChange } from '../../shared/suggestions/suggestionOnlyChange.ts';

const schema = guideSchema();

function guide(...paragraphs: string[]): ProseMirrorNode {
  const json: JSONContent = {
    type: 'doc',
    content: [
      {
        type: 'selfStudy',
        attrs: { id: 'block-self', title: '自主学习' },
        content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
      },
    ],
  };
  return schema.nodeFromJSON(json);
}

/** An editor state in suggestion mode for one author. */
function suggesting(doc: ProseMirrorNode, author = 'user-zhangwei'): EditorState {
  const state = EditorState.create({ doc, plugins: [suggestionModePlugin()] });
  return state.apply(state.tr.setMeta(suggestionModeKey, { enabled: true, author }));
}

function switchAuthor(state: EditorState, author: string): EditorState {
  return state.apply(state.tr.setMeta(suggestionModeKey, { enabled: true, author }));
}

/** Applies a transaction the way the view does: filters, appended transactions and all. */
function run(state: EditorState, build: (tr: Transaction) => Transaction | void): EditorState {
  const tr = state.tr;
  build(tr);
  return state.applyTransaction(tr).state;
}

/** Position of the character at `offset` in the paragraph that contains `needle`. */
function positionOf(doc: ProseMirrorNode, needle: string, offset = 0): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isTextblock) {
      const index = node.textContent.indexOf(needle);
      if (index >= 0) {
        // Inline content starts one past the paragraph's opening token.
        found = pos + 1 + index + offset;
        return false;
      }
    }
    return true;
  });
  if (found < 0) throw new Error(`"${needle}" is not in the document`);
  return found;
}

function paragraphs(doc: ProseMirrorNode): string[] {
  const texts: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      texts.push(node.textContent);
      return false;
    }
    return true;
  });
  return texts;
}

/** The text of a paragraph with insertions as [+...] and deletions as [-...]. */
function marked(doc: ProseMirrorNode): string[] {
  const texts: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      const content = child.isText ? child.text! : '⏎';
      if (child.marks.some((mark) => mark.type.name === 'suggestInsert')) text += `[+${content}]`;
      else if (child.marks.some((mark) => mark.type.name === 'suggestDelete')) text += `[-${content}]`;
      else text += content;
    });
    texts.push(text);
    return false;
  });
  return texts;
}

const base = guide('阅读课本第一百页，完成下列问题。', '一次函数的图象是一条直线。');

describe('suggestion mode marks the changes instead of making them', () => {
  it('marks typed Chinese text as a suggested insertion by its author, with a time', () => {
    let state = suggesting(base);
    const at = positionOf(state.doc, '完成');
    state = run(state, (tr) => tr.insertText('认真', at));
    expect(marked(state.doc)[0]).toBe('阅读课本第一百页，[+认真]完成下列问题。');
    const [suggestion] = listSuggestions(state.doc);
    expect(suggestion).toMatchObject({
      kind: 'insert',
      author: 'user-zhangwei',
      text: '认真',
      blockId: 'block-self',
      blockTitle: '自主学习',
    });
    expect(Number.isNaN(Date.parse(suggestion!.createdAt))).toBe(false);
  });

  it('keeps characters typed one after another as one suggestion', () => {
    let state = suggesting(base);
    let at = positionOf(state.doc, '完成');
    for (const character of ['独', '立', '地']) {
      state = run(state, (tr) => tr.insertText(character, at));
      at += 1;
    }
    expect(marked(state.doc)[0]).toBe('阅读课本第一百页，[+独立地]完成下列问题。');
    expect(listSuggestions(state.doc)).toHaveLength(1);
  });

  it('keeps deleted text, struck through, and puts the caret before it on Backspace', () => {
    let state = suggesting(base);
    const from = positionOf(state.doc, '第一百页');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from + 4)));
    state = run(state, (tr) => tr.delete(from, from + 4));
    expect(marked(state.doc)[0]).toBe('阅读课本[-第一百页]，完成下列问题。');
    expect(state.selection.head).toBe(from);
    expect(listSuggestions(state.doc)).toMatchObject([{ kind: 'delete', text: '第一百页' }]);
  });

  it('shows a replacement as a deletion followed by an insertion, listed as one suggestion', () => {
    let state = suggesting(base);
    const from = positionOf(state.doc, '第一百页');
    state = run(state, (tr) => tr.insertText('第98页', from, from + 4));
    expect(marked(state.doc)[0]).toBe('阅读课本[-第一百页][+第98页]，完成下列问题。');
    expect(listSuggestions(state.doc).map((suggestion) => suggestion.kind)).toEqual(['replace']);
    // Typing on after the replacement stays in it.
    state = run(state, (tr) => tr.insertText('上', positionOf(state.doc, '，完成')));
    expect(marked(state.doc)[0]).toBe('阅读课本[-第一百页][+第98页上]，完成下列问题。');
    expect(listSuggestions(state.doc).map((suggestion) => suggestion.text)).toEqual(['「第一百页」→「第98页上」']);
  });

  it('keeps both blocks when a deletion crosses a paragraph boundary, and joins them once accepted', () => {
    let state = suggesting(base);
    const from = positionOf(state.doc, '完成下列问题');
    const to = positionOf(state.doc, '的图象');
    state = run(state, (tr) => tr.delete(from, to));
    expect(marked(state.doc)).toEqual(['阅读课本第一百页，[-完成下列问题。]', '[-一次函数]的图象是一条直线。']);
    const suggestions = listSuggestions(state.doc);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.text).toBe('完成下列问题。一次函数');
    expect(paragraphs(rejectAll(state.doc))).toEqual(paragraphs(base));
    expect(paragraphs(acceptAll(state.doc))).toEqual(['阅读课本第一百页，的图象是一条直线。']);
    // Accepted as a direct deletion would have done it.
    const direct = EditorState.create({ doc: base });
    expect(acceptAll(state.doc).eq(direct.apply(direct.tr.delete(from, to)).doc)).toBe(true);
  });

  it('deletes the author’s own suggested text for real, but not another teacher’s', () => {
    let state = suggesting(base, 'user-zhangwei');
    const at = positionOf(state.doc, '完成');
    state = run(state, (tr) => tr.insertText('认真', at));
    state = run(state, (tr) => tr.delete(at + 1, at + 2));
    expect(marked(state.doc)[0]).toBe('阅读课本第一百页，[+认]完成下列问题。');

    state = switchAuthor(state, 'user-liuyang');
    state = run(state, (tr) => tr.delete(at, at + 1));
    expect(marked(state.doc)[0]).toBe('阅读课本第一百页，[+认]完成下列问题。');
    expect(listSuggestions(state.doc).map((suggestion) => suggestion.author)).toEqual(['user-zhangwei']);
  });

  it('turns Enter into a line break and refuses changes a suggestion cannot express', () => {
    let state = suggesting(base);
    const at = positionOf(state.doc, '完成');
    const split = run(state, (tr) => tr.split(at));
    expect(split.doc.eq(state.doc)).toBe(true);
    const bolded = run(state, (tr) => tr.addMark(at, at + 2, schema.marks.bold!.create()));
    expect(bolded.doc.eq(state.doc)).toBe(true);
    state = run(state, (tr) => tr.insert(at, schema.nodes.hardBreak!.create()));
    expect(marked(state.doc)[0]).toBe('阅读课本第一百页，[+⏎]完成下列问题。');
    expect(rejectAll(state.doc).eq(base)).toBe(true);
  });

  it('leaves changes arriving from other clients alone', () => {
    const state = suggesting(base);
    const at = positionOf(state.doc, '完成');
    const remote = run(state, (tr) => tr.insertText('远程', at).setMeta('y-sync$', { isChangeOrigin: true }));
    expect(marked(remote.doc)[0]).toBe('阅读课本第一百页，远程完成下列问题。');
  });

  it('edits directly when suggestion mode is off', () => {
    const state = EditorState.create({ doc: base, plugins: [suggestionModePlugin()] });
    const next = run(state, (tr) => tr.insertText('认真', positionOf(state.doc, '完成')));
    expect(marked(next.doc)[0]).toBe('阅读课本第一百页，认真完成下列问题。');
  });
});

describe('accepting and rejecting', () => {
  function reviewed(): ProseMirrorNode {
    let state = suggesting(base, 'user-zhangwei');
    const from = positionOf(state.doc, '第一百页');
    state = run(state, (tr) => tr.insertText('第98页', from, from + 4));
    state = switchAuthor(state, 'user-liuyang');
    state = run(state, (tr) => tr.insertText('，它经过原点', positionOf(state.doc, '直线', 2)));
    return state.doc;
  }

  it('accepts and rejects one suggestion at a time, a replacement with both its halves', () => {
    const doc = reviewed();
    const [replacement, other] = listSuggestions(doc);
    expect([replacement!.kind, other!.kind]).toEqual(['replace', 'insert']);
    expect([replacement!.deleted, replacement!.inserted]).toEqual(['第一百页', '第98页']);

    const rejectedReplacement = decideSuggestion(doc, replacement!.id, 'reject');
    expect(marked(rejectedReplacement)[0]).toBe('阅读课本第一百页，完成下列问题。');
    const acceptedInsertion = decideSuggestion(doc, replacement!.id, 'accept');
    expect(marked(acceptedInsertion)[0]).toBe('阅读课本第98页，完成下列问题。');
    const rejectedOther = decideSuggestion(acceptedInsertion, other!.id, 'reject');
    expect(rejectedOther.toJSON()).toEqual(guide('阅读课本第98页，完成下列问题。', '一次函数的图象是一条直线。').toJSON());
  });

  it('accepts or rejects everything one author suggested', () => {
    const doc = reviewed();
    const zhang = decideAuthorSuggestions(doc, 'user-zhangwei', 'accept');
    expect(marked(zhang)).toEqual(['阅读课本第98页，完成下列问题。', '一次函数的图象是一条直线[+，它经过原点]。']);
    const liu = decideAuthorSuggestions(doc, 'user-liuyang', 'reject');
    expect(marked(liu)[1]).toBe('一次函数的图象是一条直线。');
  });

  it('gives the original back on reject-all and the suggested text on accept-all', () => {
    const doc = reviewed();
    expect(rejectAll(doc).toJSON()).toEqual(base.toJSON());
    expect(acceptAll(doc).toJSON()).toEqual(
      guide('阅读课本第98页，完成下列问题。', '一次函数的图象是一条直线，它经过原点。').toJSON(),
    );
    // Once resolved, nothing is left to resolve: each is a fixed point of the other.
    expect(rejectAll(acceptAll(doc)).eq(acceptAll(doc))).toBe(true);
    expect(acceptAll(rejectAll(doc)).eq(rejectAll(doc))).toBe(true);
    expect(listSuggestions(acceptAll(doc))).toEqual([]);
  });

  it('rejecting everything undoes any sequence of suggested edits (property)', () => {
    const edit = fc.record({
      kind: fc.constantFrom('insert', 'delete', 'replace'),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 6 }),
      text: fc.constantFrom('新', '函数', 'ab', '，', '图象经过'),
      author: fc.constantFrom('user-zhangwei', 'user-liuyang'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let state = suggesting(base);
        for (const step of edits) {
          state = switchAuthor(state, step.author);
          const size = state.doc.content.size;
          // A position inside some text: pick among the positions of inline content.
          const positions: number[] = [];
          state.doc.descendants((node, pos) => {
            if (node.isTextblock) for (let i = 0; i <= node.content.size; i++) positions.push(pos + 1 + i);
            return !node.isTextblock;
          });
          const from = positions[step.at % positions.length]!;
          const to = Math.min(size, positions[Math.min(positions.length - 1, (step.at % positions.length) + step.length)]!);
          state = run(state, (tr) => {
            if (step.kind === 'insert') tr.insertText(step.text, from);
            else if (step.kind === 'delete' && to > from) tr.delete(from, to);
            else if (to > from) tr.insertText(step.text, from, to);
          });
        }
        expect(rejectAll(state.doc).toJSON()).toEqual(base.toJSON());
      }),
      { numRuns: 150 },
    );
    // 150 random sessions of up to 12 edits: seconds of work on a busy machine.
  }, 60_000);
});

describe('the suggest-only check the server runs', () => {
  it('accepts added suggestions by the teacher', () => {
    let state = suggesting(base, 'user-liuyang');
    state = run(state, (tr) => tr.insertText('认真', positionOf(state.doc, '完成')));
    expect(checkSuggestionOnlyChange(base, state.doc, 'user-liuyang')).toEqual({ ok: true });
  });

  it('refuses a plain insertion', () => {
    const plain = EditorState.create({ doc: base });
    const next = plain.apply(plain.tr.insertText('直接改', positionOf(base, '完成')));
    expect(checkSuggestionOnlyChange(base, next.doc, 'user-liuyang')).toMatchObject({ ok: false, reason: 'not-a-suggestion' });
  });

  it('refuses suggestions written in another teacher’s name', () => {
    let state = suggesting(base, 'user-zhangwei');
    state = run(state, (tr) => tr.insertText('冒名', positionOf(state.doc, '完成')));
    expect(checkSuggestionOnlyChange(base, state.doc, 'user-liuyang')).toMatchObject({ ok: false, reason: 'foreign-author' });
  });

  it('lets the teacher withdraw their own suggestion but not another teacher’s', () => {
    let state = suggesting(base, 'user-zhangwei');
    state = run(state, (tr) => tr.insertText('张伟的建议', positionOf(state.doc, '完成')));
    state = switchAuthor(state, 'user-liuyang');
    state = run(state, (tr) => tr.insertText('刘洋的建议', positionOf(state.doc, '完成')));
    const withBoth = state.doc;
    const withdraw = (doc: ProseMirrorNode, author: string) => decideAuthorSuggestions(doc, author, 'reject');
    expect(checkSuggestionOnlyChange(withBoth, withdraw(withBoth, 'user-liuyang'), 'user-liuyang')).toEqual({ ok: true });
    expect(checkSuggestionOnlyChange(withBoth, withdraw(withBoth, 'user-zhangwei'), 'user-liuyang')).toMatchObject({
      ok: false,
      reason: 'foreign-author',
    });
    // Nor may they accept it: that changes the text.
    const accepted = decideAuthorSuggestions(withBoth, 'user-zhangwei', 'accept');
    expect(checkSuggestionOnlyChange(withBoth, accepted, 'user-liuyang')).toMatchObject({ ok: false, reason: 'not-a-suggestion' });
  });
});
