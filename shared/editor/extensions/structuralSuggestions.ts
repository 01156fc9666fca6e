import type { Fragment, Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AttrStep, ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform';
import { createId } from '../createId.ts';
import {
  attributesBefore,
  fixedAttributes,
  nodeSuggestionAttribute,
  nodeSuggestionOf,
  suggestableNodeTypes,
  type NodeSuggestion,
} from '../../suggestions/nodeSuggestions.ts';

/**
 * Suggestion mode for whole nodes (see shared/suggestions/nodeSuggestions.ts): adding, removing
 * or moving blocks, questions, formulas and figures, and changing their attributes, become
 * `suggestion` attributes instead of being refused.
 */

const suggestable = new Set(suggestableNodeTypes);

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a position lies inside a node the author proposed (their own new question or block). */
export function insideOwnInsertion($pos: ResolvedPos, author: string): boolean {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const suggestion = nodeSuggestionOf($pos.node(depth));
    if (suggestion?.kind === 'insert' && suggestion.author === author) return true;
  }
  return false;
}

/** Whether a whole step happens inside one of the author's own proposed nodes (then it is made as it is). */
export function stepInsideOwnInsertion(step: Step, docBefore: ProseMirrorNode, author: string): boolean {
  if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep || step instanceof AttrStep)) return false;
  const json = step.toJSON() as { from?: number; to?: number; pos?: number };
  const from = json.from ?? json.pos!;
  const to = json.to ?? json.pos! + 1;
  const $from = docBefore.resolve(from);
  const $to = docBefore.resolve(Math.min(to, docBefore.content.size));
  if (!insideOwnInsertion($from, author)) return false;
  // Both ends inside the same proposed node.
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const suggestion = nodeSuggestionOf($from.node(depth));
    if (suggestion?.kind !== 'insert' || suggestion.author !== author) continue;
    return $to.depth >= depth && $to.before(depth) === $from.before(depth);
  }
  return false;
}

/** The nodes a ReplaceStep removes and inserts when both are whole nodes between blocks, or null. */
function wholeNodes(step: ReplaceStep, docBefore: ProseMirrorNode): { removed: ProseMirrorNode[]; inserted: Fragment } | null {
  const { slice } = step;
  if (slice.openStart !== 0 || slice.openEnd !== 0) return null;
  const $from = docBefore.resolve(step.from);
  const $to = docBefore.resolve(step.to);
  if ($from.depth !== $to.depth || !$from.sameParent($to) || $from.parent.inlineContent) return null;
  const removed: ProseMirrorNode[] = [];
  docBefore.slice(step.from, step.to).content.forEach((node) => removed.push(node));
  if (removed.length === 0 && slice.content.childCount === 0) return null;
  // An empty paragraph a new node takes the place of is kept (it cannot carry a suggestion).
  let ok = removed.every(
    (node) => (suggestable.has(node.type.name) && !node.isInline) || (node.isTextblock && node.content.size === 0),
  );
  slice.content.forEach((node) => {
    if (!suggestable.has(node.type.name) || node.isInline) ok = false;
  });
  return ok ? { removed, inserted: slice.content } : null;
}

/**
 * The nodes a step inserts by splitting a paragraph at the caret (a figure or a display formula
 * put in the middle of a line), or null. In suggestion mode they go after the paragraph instead,
 * which stays whole.
 */
export function splitInsertion(step: Step, docBefore: ProseMirrorNode): ProseMirrorNode[] | null {
  if (!(step instanceof ReplaceStep) || step.from !== step.to) return null;
  const { content, openStart, openEnd } = step.slice;
  if (openStart !== 1 || openEnd !== 1 || content.childCount < 3) return null;
  if (!docBefore.resolve(step.from).parent.inlineContent) return null;
  const nodes: ProseMirrorNode[] = [];
  let ok = true;
  content.forEach((node, _offset, index) => {
    const edge = index === 0 || index === content.childCount - 1;
    if (edge) ok &&= node.isTextblock && node.content.size === 0;
    else if (suggestable.has(node.type.name) && !node.isInline) nodes.push(node);
    else ok = false;
  });
  return ok ? nodes : null;
}

/** Moves nodes a split put at [start, end) after the paragraph they split, proposed. */
export function trackSplitInsertion(tr: Transaction, start: number, end: number, nodes: ProseMirrorNode[], author: string): void {
  const base = { id: createId(), author, createdAt: new Date().toISOString() };
  tr.delete(start, end);
  const after = tr.doc.resolve(Math.min(start, tr.doc.content.size)).after();
  tr.insert(after, nodes.map((node) => withSuggestion(node, { ...base, kind: 'insert' })));
}

/** Whether a ReplaceAroundStep only changes the attributes of one node (setNodeMarkup). */
function markupChange(step: ReplaceAroundStep, docBefore: ProseMirrorNode): ProseMirrorNode | null {
  const { from, to, gapFrom, gapTo, insert, slice } = step as unknown as {
    from: number;
    to: number;
    gapFrom: number;
    gapTo: number;
    insert: number;
    slice: { content: Fragment; openStart: number; openEnd: number };
  };
  const node = docBefore.nodeAt(from);
  if (!node || from + node.nodeSize !== to || gapFrom !== from + 1 || gapTo !== to - 1 || insert !== 1) return null;
  if (slice.openStart !== 0 || slice.openEnd !== 0 || slice.content.childCount !== 1) return null;
  const replacement = slice.content.firstChild!;
  return replacement.type === node.type ? node : null;
}

/** Whether the author may change the attributes of this node in suggestion mode (not `suggestion` itself). */
function attributesMayChange(before: ProseMirrorNode, after: Record<string, unknown>, author: string): boolean {
  if (!suggestable.has(before.type.name)) return false;
  if (!sameValue(before.attrs[nodeSuggestionAttribute], after[nodeSuggestionAttribute])) return false;
  const suggestion = nodeSuggestionOf(before);
  if (before.attrs[nodeSuggestionAttribute] !== null && !suggestion) return false;
  return !suggestion || (suggestion.author === author && suggestion.kind !== 'delete');
}

/** Whether suggestion mode can take this step as a structural suggestion. */
export function isStructuralStep(step: Step, docBefore: ProseMirrorNode, author: string): boolean {
  if (step instanceof AttrStep) {
    if (step.attr === 'id') return true;
    const node = docBefore.nodeAt(step.pos);
    return Boolean(node) && attributesMayChange(node!, { ...node!.attrs, [step.attr]: step.value as unknown }, author);
  }
  if (step instanceof ReplaceAroundStep) {
    const node = markupChange(step, docBefore);
    const after = (step as unknown as { slice: { content: Fragment } }).slice.content.firstChild!;
    return Boolean(node) && attributesMayChange(node!, after.attrs, author);
  }
  if (step instanceof ReplaceStep) {
    if (splitInsertion(step, docBefore)) return true;
    const nodes = wholeNodes(step, docBefore);
    if (!nodes) return false;
    if (nodes.removed.length === 1 && nodes.inserted.childCount === 1) {
      const [before, after] = [nodes.removed[0]!, nodes.inserted.firstChild!];
      if (before.isLeaf && before.type === after.type) return attributesMayChange(before, after.attrs, author);
    }
    return true;
  }
  return false;
}

function withSuggestion(node: ProseMirrorNode, suggestion: NodeSuggestion | null, attrs = node.attrs): ProseMirrorNode {
  return node.type.create({ ...attrs, [nodeSuggestionAttribute]: suggestion }, node.content, node.marks);
}

/** A copy of a node with new ids on it and everything in it that has one (a moved block is a new node). */
function withFreshIds(node: ProseMirrorNode): ProseMirrorNode {
  if (node.isText) return node;
  const children: ProseMirrorNode[] = [];
  node.content.forEach((child) => children.push(withFreshIds(child)));
  const attrs = node.attrs.id ? { ...node.attrs, id: createId() } : node.attrs;
  return node.type.create(attrs, node.isLeaf ? null : children, node.marks);
}

/** Pairs of equal nodes kept in order (a longest common subsequence), as [removedIndex, insertedIndex]. */
function keptPairs(removed: ProseMirrorNode[], inserted: ProseMirrorNode[]): [number, number][] {
  const lengths = Array.from({ length: removed.length + 1 }, () => new Array<number>(inserted.length + 1).fill(0));
  for (let i = removed.length - 1; i >= 0; i -= 1) {
    for (let j = inserted.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = removed[i]!.eq(inserted[j]!)
        ? lengths[i + 1]![j + 1]! + 1
        : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < removed.length && j < inserted.length) {
    if (removed[i]!.eq(inserted[j]!)) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/** The attributes suggestion for `after` (a changed `before`), merged with the author's earlier one on the node. */
export function attributeSuggestion(
  before: ProseMirrorNode,
  after: ProseMirrorNode,
  existing: NodeSuggestion | null,
  author: string,
): NodeSuggestion | null {
  if (existing?.kind === 'insert') return existing;
  const old: Record<string, unknown> = { ...(existing?.old ?? {}) };
  for (const name of Object.keys(after.attrs)) {
    if (fixedAttributes.has(name) || Object.hasOwn(old, name)) continue;
    if (!sameValue(before.attrs[name], after.attrs[name])) old[name] = before.attrs[name];
  }
  for (const name of Object.keys(old)) if (sameValue(old[name], after.attrs[name])) delete old[name];
  if (Object.keys(old).length === 0) return null;
  return {
    kind: 'attrs',
    id: existing?.id ?? createId(),
    author,
    createdAt: existing?.createdAt ?? new Date().toISOString(),
    old,
  };
}

/**
 * Rewrites the whole nodes a step replaced, now at [start, end) in `tr`: removed nodes come back
 * marked as proposed deletions (the author's own proposed ones really go), inserted ones are
 * marked as proposed, nodes both removed and inserted unchanged stay as they were, and a node
 * moved is both, with fresh ids on the copy, under one suggestion id. A leaf replaced by the
 * same kind of leaf (a display formula or a figure changed) is an attribute change.
 */
export function trackWholeNodes(
  tr: Transaction,
  start: number,
  end: number,
  removed: ProseMirrorNode[],
  author: string,
): void {
  const inserted: ProseMirrorNode[] = [];
  tr.doc.slice(start, end).content.forEach((node) => inserted.push(node));
  if (removed.length === 1 && inserted.length === 1 && removed[0]!.isLeaf && removed[0]!.type === inserted[0]!.type) {
    const [before, after] = [removed[0]!, inserted[0]!];
    const suggestion = attributeSuggestion(before, after, nodeSuggestionOf(before), author);
    tr.replaceWith(start, end, withSuggestion(after, suggestion));
    return;
  }
  const base = { id: createId(), author, createdAt: new Date().toISOString() };
  const pairs = keptPairs(removed, inserted);
  const out: ProseMirrorNode[] = [];
  let restoredAny = false;
  const restore = (node: ProseMirrorNode) => {
    const suggestion = nodeSuggestionOf(node);
    if (suggestion?.kind === 'insert' && suggestion.author === author) return;
    restoredAny = true;
    if (suggestion && (suggestion.author !== author || suggestion.kind === 'delete')) out.push(node);
    else if (suggestion) out.push(withSuggestion(node, { ...base, kind: 'delete' }, attributesBefore(node, suggestion)));
    else if (node.attrs[nodeSuggestionAttribute] !== null) out.push(node);
    else out.push(withSuggestion(node, { ...base, kind: 'delete' }));
  };
  const added: number[] = [];
  const propose = (node: ProseMirrorNode) => {
    const suggestion = nodeSuggestionOf(node);
    added.push(out.length);
    out.push(suggestion?.kind === 'insert' && suggestion.author === author ? node : withSuggestion(node, { ...base, kind: 'insert' }));
  };
  let i = 0;
  let j = 0;
  for (const [keptRemoved, keptInserted] of [...pairs, [removed.length, inserted.length] as [number, number]]) {
    while (i < keptRemoved) restore(removed[i++]!);
    while (j < keptInserted) propose(inserted[j++]!);
    if (keptRemoved < removed.length) out.push(removed[keptRemoved]!);
    i = keptRemoved + 1;
    j = keptInserted + 1;
  }
  // A copy next to its original would share its ids: the copy gets new ones.
  if (restoredAny) for (const index of added) out[index] = withFreshIds(out[index]!);
  if (!restoredAny && out.length === inserted.length) {
    // Only new nodes: mark them where they are, so the caret the command put inside stays there.
    let pos = start;
    out.forEach((node, index) => {
      if (node !== inserted[index]) tr.setNodeAttribute(pos, nodeSuggestionAttribute, node.attrs[nodeSuggestionAttribute]);
      pos += node.nodeSize;
    });
    return;
  }
  tr.replaceWith(start, end, out);
}
