import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Mark, type MarkType, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AttrStep, Mapping, ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform';
import { createId } from '../createId.ts';
import { suggestionMarkTypes, type SuggestionAttrs } from '../../suggestions/suggestionMarks.ts';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { nodeSuggestionAttribute, nodeSuggestionOf, type NodeSuggestion } from '../../suggestions/nodeSuggestions.ts';
import {
  attributeSuggestion,
  insideOwnInsertion,
  isStructuralStep,
  splitInsertion,
  stepInsideOwnInsertion,
  trackSplitInsertion,
  trackWholeNodes,
} from './structuralSuggestions.ts';

/** Whether the editor turns the user's typing into suggestions, and in whose name. */
export interface SuggestionModeState {
  enabled: boolean;
  /** User id written into the marks. */
  author: string | null;
}

export const suggestionModeKey = new PluginKey<SuggestionModeState>('suggestionMode');

/** Set on the transaction that turns a change into suggestions, so it is not tracked again. */
const trackedMeta = 'suggestionModeTracked';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestionMode: {
      /** Turns suggestion mode on (typing and deleting become suggestions by `author`) or off. */
      setSuggestionMode: (enabled: boolean, author?: string | null) => ReturnType;
    };
  }
}

/** Transactions that come from elsewhere: other people's edits through Yjs, undo of synced changes. */
function isRemote(tr: Transaction): boolean {
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return Boolean(sync?.isChangeOrigin) || Boolean(tr.getMeta(trackedMeta));
}

/**
 * A change a suggestion can express: replacing a range by inline content (typing, deleting,
 * pasting text, IME input, a formula or a blank), deleting any range, adding, removing or
 * moving whole blocks, questions, formulas or figures, changing their attributes (see
 * structuralSuggestions.ts), and anything inside the author's own proposed node. Splitting or
 * wrapping blocks or formatting cannot be expressed as suggestions and is refused in
 * suggestion mode.
 */
function isTrackable(step: Step, docBefore: ProseMirrorNode, author: string): boolean {
  if (stepInsideOwnInsertion(step, docBefore, author)) return true;
  if (isStructuralStep(step, docBefore, author)) return true;
  if (!(step instanceof ReplaceStep)) return false;
  if (step.slice.size === 0) return true;
  const { content, openStart, openEnd } = step.slice;
  if (openStart !== openEnd) return false;
  let inner: Fragment = content;
  for (let depth = 0; depth < openStart; depth++) {
    if (inner.childCount !== 1) return false;
    inner = inner.firstChild!.content;
  }
  let inline = true;
  inner.forEach((node) => {
    if (!node.isInline) inline = false;
  });
  if (!inline) return false;
  // Inline content replacing a range inside one textblock, or a cross-block range (the
  // deleted part is kept, struck through, and the blocks stay as they were).
  const $from = docBefore.resolve(step.from);
  return $from.parent.inlineContent;
}

/**
 * The same author's suggestion mark right next to a position: typing on extends it (same id
 * and time), so a word typed letter by letter stays one suggestion and one run of text.
 */
function neighbourMark(doc: ProseMirrorNode, pos: number, type: MarkType, author: string, side: 'before' | 'after') {
  const $pos = doc.resolve(pos);
  const node = side === 'before' ? $pos.nodeBefore : $pos.nodeAfter;
  return node?.marks.find((candidate) => candidate.type === type && candidate.attrs.author === author) ?? null;
}

function newMark(type: MarkType, author: string): Mark {
  const attrs: SuggestionAttrs = { id: createId(), author, createdAt: new Date().toISOString() };
  return type.create(attrs);
}

/**
 * Formulas and blanks in a range get the suggestion as their node attribute too: the
 * collaboration binding keeps marks on text only, so on an inline node only the attribute
 * reaches the other editors and the server (see shared/suggestions/nodeSuggestions.ts).
 */
function markAtoms(tr: Transaction, from: number, to: number, kind: 'insert' | 'delete', attrs: SuggestionAttrs): void {
  const atoms: number[] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isInline && !node.isText && node.isLeaf && nodeSuggestionAttribute in node.attrs && !nodeSuggestionOf(node)) {
      atoms.push(pos);
    }
    return !node.isInline;
  });
  const suggestion: NodeSuggestion = { kind, id: attrs.id, author: attrs.author, createdAt: attrs.createdAt };
  for (const pos of atoms) tr.setNodeAttribute(pos, nodeSuggestionAttribute, suggestion);
}

/** The author's own suggested insertion in a deleted slice: text typed over it continues that suggestion. */
function ownInsertionIn(deleted: Slice, type: MarkType, author: string): Mark | null {
  let found: Mark | null = null;
  deleted.content.descendants((node) => {
    found ??= node.marks.find((mark) => mark.type === type && mark.attrs.author === author) ?? null;
    return found === null;
  });
  return found;
}

/**
 * Rewrites one replace step, already applied in `tr`, as suggestions: the inserted content
 * [start, end) gets a suggestInsert mark, and the deleted slice is put back in front of it
 * with a suggestDelete mark (the author's own pending insertions are really deleted).
 * Returns the range the deleted content occupies again.
 */
function trackStep(
  tr: Transaction,
  start: number,
  end: number,
  deleted: Slice,
  author: string,
): { start: number; size: number } {
  const types = suggestionMarkTypes(tr.doc.type.schema);
  let insertMark: Mark | null = null;
  if (end > start) {
    insertMark =
      ownInsertionIn(deleted, types.insert, author) ??
      neighbourMark(tr.doc, start, types.insert, author, 'before') ??
      neighbourMark(tr.doc, end, types.insert, author, 'after') ??
      newMark(types.insert, author);
    tr.removeMark(start, end, types.delete);
    tr.addMark(start, end, insertMark);
    markAtoms(tr, start, end, 'insert', insertMark.attrs as SuggestionAttrs);
  }
  if (deleted.size === 0) return { start, size: 0 };
  const sizeBefore = tr.doc.content.size;
  tr.replace(start, start, deleted);
  const size = tr.doc.content.size - sizeBefore;
  const restoredEnd = start + size;
  const ownInsertions: { from: number; to: number }[] = [];
  const toStrike: { from: number; to: number }[] = [];
  tr.doc.nodesBetween(start, restoredEnd, (node, pos) => {
    if (!node.isInline) return true;
    const from = Math.max(pos, start);
    const to = Math.min(pos + node.nodeSize, restoredEnd);
    const atom = nodeSuggestionOf(node);
    const markInsertion = node.marks.find((mark) => mark.type === types.insert);
    const insertedBy = markInsertion ? (markInsertion.attrs.author as string) : atom?.kind === 'insert' ? atom.author : null;
    if (insertedBy !== null) {
      // Withdrawing one's own suggestion deletes it; another teacher's stays for the leader.
      if (insertedBy === author) ownInsertions.push({ from, to });
      return false;
    }
    if (atom) return false;
    if (!node.marks.some((mark) => mark.type === types.delete)) toStrike.push({ from, to });
    return false;
  });
  if (toStrike.length > 0) {
    // Typing over a selection is one suggestion, a replacement: both halves share one id.
    const mark = insertMark ? types.delete.create(insertMark.attrs) :
      neighbourMark(tr.doc, start, types.delete, author, 'before') ??
      neighbourMark(tr.doc, restoredEnd, types.delete, author, 'after') ??
      newMark(types.delete, author);
    for (const range of toStrike) {
      tr.addMark(range.from, range.to, mark);
      markAtoms(tr, range.from, range.to, 'delete', mark.attrs as SuggestionAttrs);
    }
  }
  let removed = 0;
  for (const range of ownInsertions.reverse()) {
    tr.delete(range.from, range.to);
    removed += range.to - range.from;
  }
  return { start, size: size - removed };
}

/** Marks a node whose attributes a step changed (it was `before`, it is at `pos` in `tr` now) as an attribute suggestion. */
function trackAttributes(tr: Transaction, before: ProseMirrorNode, pos: number, author: string): void {
  const after = tr.doc.nodeAt(pos);
  if (!after) return;
  const existing = nodeSuggestionOf(after);
  const suggestion = attributeSuggestion(before, after, existing, author);
  if (JSON.stringify(suggestion) === JSON.stringify(existing)) return;
  tr.setNodeAttribute(pos, nodeSuggestionAttribute, suggestion);
}

/** Turns the local changes of `transactions` into suggestions, or returns null when there is nothing to do. */
export function trackAsSuggestions(
  transactions: readonly Transaction[],
  oldState: EditorState,
  newState: EditorState,
  author: string,
): Transaction | null {
  const tr = newState.tr;
  let tracked = false;
  let cursor: number | null = null;
  transactions.forEach((transaction, index) => {
    if (!transaction.docChanged || isRemote(transaction)) return;
    const selectionBefore = index === 0 ? oldState.selection : transactions[index - 1]!.selection;
    transaction.steps.forEach((step, stepIndex) => {
      const docBefore = transaction.docs[stepIndex]!;
      if (stepInsideOwnInsertion(step, docBefore, author)) return;
      const rest = new Mapping();
      // (Mapping.slice shares the whole map list with appendMapping, so copy the maps one by one.)
      for (const map of transaction.mapping.maps.slice(stepIndex + 1)) rest.appendMap(map);
      for (const later of transactions.slice(index + 1)) rest.appendMapping(later.mapping);
      rest.appendMapping(tr.mapping);
      if (step instanceof AttrStep || step instanceof ReplaceAroundStep) {
        if (step instanceof AttrStep && step.attr === 'id') return;
        const pos = step instanceof AttrStep ? step.pos : (step.toJSON() as { from: number }).from;
        trackAttributes(tr, docBefore.nodeAt(pos)!, rest.map(pos, 1), author);
        tracked = true;
        return;
      }
      if (!(step instanceof ReplaceStep)) return;
      const split = splitInsertion(step, docBefore);
      if (split) {
        const start = rest.map(step.from, -1);
        trackSplitInsertion(tr, start, Math.max(start, rest.map(step.from + step.slice.size, 1)), split, author);
        tracked = true;
        return;
      }
      if (isStructuralStep(step, docBefore, author)) {
        const removed: ProseMirrorNode[] = [];
        docBefore.slice(step.from, step.to).content.forEach((node) => removed.push(node));
        const start = rest.map(step.from, -1);
        const end = Math.max(start, rest.map(step.from + step.slice.size, 1));
        trackWholeNodes(tr, start, end, removed, author);
        tracked = true;
        return;
      }
      if (insideOwnInsertion(docBefore.resolve(step.from), author)) return;
      const deleted = docBefore.slice(step.from, step.to);
      const start = rest.map(step.from, -1);
      const end = Math.max(start, rest.map(step.from + step.slice.size, 1));
      const restored = trackStep(tr, start, end, deleted, author);
      tracked = true;
      if (step.slice.size === 0 && restored.size > 0) {
        // Backspace leaves the caret before the struck text, Delete after it.
        const forward = selectionBefore.empty && selectionBefore.head === step.from;
        cursor = forward ? restored.start + restored.size : restored.start;
      }
    });
  });
  if (!tracked) return null;
  if (cursor !== null) tr.setSelection(TextSelection.create(tr.doc, cursor));
  tr.setMeta(trackedMeta, true);
  return tr;
}


/** The plugin behind suggestion mode, usable on a bare EditorState (the tests do). */
export function suggestionModePlugin(): Plugin<SuggestionModeState> {
  return new Plugin<SuggestionModeState>({
    key: suggestionModeKey,
    state: {
      init: () => ({ enabled: false, author: null }),
      apply: (tr, value) => (tr.getMeta(suggestionModeKey) as SuggestionModeState | undefined) ?? value,
    },
    filterTransaction(tr, state) {
      const mode = suggestionModeKey.getState(state);
      if (!mode?.enabled || !tr.docChanged || isRemote(tr)) return true;
      return tr.steps.every((step, index) => isTrackable(step, tr.docs[index]!, mode.author ?? ''));
    },
    appendTransaction(transactions, oldState, newState) {
      const mode = suggestionModeKey.getState(newState);
      if (!mode?.enabled || !mode.author) return null;
      return trackAsSuggestions(transactions, oldState, newState, mode.author);
    },
    props: {
      // Pasted content becomes plain text, which can be suggested.
      transformPasted(slice, view) {
        const mode = suggestionModeKey.getState(view.state);
        if (!mode?.enabled) return slice;
        const text = slice.content.textBetween(0, slice.content.size, '\n');
        const schema = view.state.schema;
        const nodes: ProseMirrorNode[] = [];
        text.split('\n').forEach((part, index) => {
          if (index > 0) nodes.push(schema.nodes.hardBreak!.create());
          if (part) nodes.push(schema.text(part));
        });
        return new Slice(Fragment.from(nodes), 0, 0);
      },
    },
  });
}

/**
 * Suggestion mode (修订/建议模式): while on, the user's typing is marked as a suggested
 * insertion and deletions are kept, struck through, as suggested deletions, each with the
 * author and time. The leader accepts or rejects them later. The server checks every update
 * of a suggest-only teacher the same way (rejecting all suggestions must give the document
 * before), so this extension is a convenience, not the guard.
 */
export const SuggestionMode = Extension.create({
  name: 'suggestionMode',

  addCommands() {
    return {
      setSuggestionMode:
        (enabled, author = null) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestionModeKey, { enabled, author } satisfies SuggestionModeState);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    const inSuggestionMode = () => Boolean(suggestionModeKey.getState(this.editor.state)?.enabled);
    return {
      // A new paragraph cannot be a suggestion; a line break can.
      Enter: () => inSuggestionMode() && this.editor.commands.setHardBreak(),
      'Shift-Enter': () => inSuggestionMode() && this.editor.commands.setHardBreak(),
    };
  },

  addProseMirrorPlugins() {
    return [suggestionModePlugin()];
  },
});
