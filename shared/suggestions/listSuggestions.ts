import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isBlockKind } from '../editor/blockKinds.ts';
import { suggestionOfMark } from './suggestionMarks.ts';
import { nodeSuggestionOf } from './nodeSuggestions.ts';
import type { openSuggestionKinds } from '../schemas/suggestion.ts';

/**
 * What a suggestion proposes: text or a node inserted or deleted, a replacement (struck text and
 * the text typed over it, decided as one), a move of a block or question (the node deleted at
 * its old place and inserted at the new one), or a change of a node's attributes.
 */
export type OpenSuggestionKind = (typeof openSuggestionKinds)[number];

/** One attribute an `attrs` suggestion changes. */
export interface AttributeChange {
  name: string;
  from: unknown;
  to: unknown;
}

/** One open suggestion in a document, as the review panel and the API list it. */
export interface OpenSuggestion {
  id: string;
  kind: OpenSuggestionKind;
  /** User id of the teacher who suggested it. */
  author: string;
  createdAt: string;
  /**
   * The text inserted or proposed for deletion (line breaks as "\n"); for a replacement
   * 「old」→「new」; for a node its text (a formula its LaTeX); for an attribute change the
   * node's label or the start of its text.
   */
  text: string;
  /** The inserted and the deleted text (a replacement has both). */
  inserted: string;
  deleted: string;
  /** The node type a structural suggestion is about (question, blockMath, image, a block kind...), or null for text. */
  node: string | null;
  /** What an `attrs` suggestion changes. */
  changes: AttributeChange[];
  /** The guide block it sits in, and that block's label. */
  blockId: string | null;
  blockTitle: string | null;
  /** Where it starts in the document, for ordering and scrolling. */
  from: number;
  to: number;
}

/** A short text for an inline node that is not text. */
function inlineText(node: ProseMirrorNode): string {
  if (node.isText) return node.text ?? '';
  if (node.type.name === 'hardBreak') return '\n';
  if (node.type.name === 'inlineMath') return `$${String(node.attrs.latex ?? '')}$`;
  if (node.type.name === 'blank') return '____';
  return '';
}

/** A short text for a node a structural suggestion is about. */
function nodeText(node: ProseMirrorNode): string {
  if (node.isInline) return inlineText(node);
  if (node.type.name === 'blockMath') return String(node.attrs.latex ?? '');
  if (node.type.name === 'image') return String(node.attrs.alt ?? '');
  if (node.type.name === 'groupRoles') return `${node.attrs.size as number}：${(node.attrs.roles as string[]).join('、')}`;
  const text = node.textBetween(0, node.content.size, '\n', (leaf) => inlineText(leaf));
  return isBlockKind(node.type.name) && node.attrs.title ? `${node.attrs.title as string}\n${text}` : text;
}

const shorten = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length)}…` : text);

interface Part {
  id: string;
  half: 'insert' | 'delete' | 'attrs';
  author: string;
  createdAt: string;
  text: string;
  node: ProseMirrorNode | null;
  old?: Record<string, unknown>;
  block: ProseMirrorNode | null;
  from: number;
  to: number;
}

function summary(parts: Part[]): OpenSuggestion {
  const first = parts[0]!;
  const inserted = parts.filter((part) => part.half === 'insert').map((part) => part.text).join('');
  const deleted = parts.filter((part) => part.half === 'delete').map((part) => part.text).join('');
  const nodes = parts.filter((part) => part.node);
  const halves = new Set(parts.map((part) => part.half));
  let kind: OpenSuggestionKind;
  if (halves.has('attrs')) kind = 'attrs';
  else if (halves.has('insert') && halves.has('delete')) {
    kind =
      nodes.length === parts.length && nodes.every((part) => !part.node!.isInline && part.node!.type === first.node!.type)
        ? 'move'
        : 'replace';
  } else kind = halves.has('insert') ? 'insert' : 'delete';
  const changes: AttributeChange[] = [];
  for (const part of parts) {
    for (const [name, from] of Object.entries(part.old ?? {})) changes.push({ name, from, to: part.node?.attrs[name] });
  }
  const text =
    kind === 'replace'
      ? `「${deleted}」→「${inserted}」`
      : kind === 'move'
        ? inserted
        : kind === 'attrs'
          ? shorten(first.text.split('\n')[0] ?? '')
          : kind === 'insert'
            ? inserted
            : deleted;
  return {
    id: first.id,
    kind,
    author: first.author,
    createdAt: first.createdAt,
    text,
    inserted,
    deleted,
    node: nodes.length > 0 ? nodes[0]!.node!.type.name : null,
    changes,
    blockId: (first.block?.attrs.id as string | null) ?? null,
    blockTitle: (first.block?.attrs.title as string | null) ?? null,
    from: Math.min(...parts.map((part) => part.from)),
    to: Math.max(...parts.map((part) => part.to)),
  };
}

/**
 * Every open suggestion in document order. Parts of one suggestion (the same id, possibly
 * across several blocks or text runs, or the two halves of a replacement or a move) are
 * gathered into one entry.
 */
export function listSuggestions(doc: ProseMirrorNode): OpenSuggestion[] {
  const byId = new Map<string, Part[]>();
  const add = (part: Part) => {
    const parts = byId.get(part.id);
    if (!parts) {
      byId.set(part.id, [part]);
      return;
    }
    const last = parts.at(-1)!;
    // Runs of one half next to each other read as one text.
    if (!part.node && !last.node && last.half === part.half && last.to === part.from) {
      last.text += part.text;
      last.to = part.to;
      return;
    }
    parts.push(part);
  };
  const walk = (node: ProseMirrorNode, pos: number, block: ProseMirrorNode | null) => {
    node.forEach((child, offset) => {
      const childPos = pos + offset;
      const childBlock = isBlockKind(child.type.name) ? child : block;
      const structural = nodeSuggestionOf(child);
      if (structural) {
        add({
          id: structural.id,
          half: structural.kind,
          author: structural.author,
          createdAt: structural.createdAt,
          text: nodeText(child),
          node: child,
          old: structural.old,
          block: childBlock,
          from: childPos,
          to: childPos + child.nodeSize,
        });
      }
      if (!child.isInline) {
        walk(child, childPos + 1, childBlock);
        return;
      }
      for (const mark of child.marks) {
        const suggestion = suggestionOfMark(mark);
        if (!suggestion || !suggestion.attrs.id) continue;
        // A formula or blank carries its suggestion as an attribute (the mark may be there too, locally).
        if (structural?.id === suggestion.attrs.id) continue;
        add({
          id: suggestion.attrs.id,
          half: suggestion.kind,
          author: suggestion.attrs.author,
          createdAt: suggestion.attrs.createdAt,
          text: inlineText(child),
          node: child.isText || child.type.name === 'hardBreak' ? null : child,
          block,
          from: childPos,
          to: childPos + child.nodeSize,
        });
      }
    });
  };
  walk(doc, 0, null);
  return [...byId.values()].map(summary).sort((a, b) => a.from - b.from);
}
