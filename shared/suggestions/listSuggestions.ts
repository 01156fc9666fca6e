import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isBlockKind } from '../editor/blockKinds.ts';
import { suggestionOfMark, type SuggestionKind } from './suggestionMarks.ts';

/** One open suggestion in a document, as the review panel and the API list it. */
export interface OpenSuggestion {
  id: string;
  kind: SuggestionKind;
  /** User id of the teacher who suggested it. */
  author: string;
  createdAt: string;
  /** The text inserted or proposed for deletion (line breaks as "\n"). */
  text: string;
  /** The guide block it sits in, and that block's label. */
  blockId: string | null;
  blockTitle: string | null;
  /** Where it starts in the document, for ordering and scrolling. */
  from: number;
  to: number;
}

/**
 * Every open suggestion in document order. Parts of one suggestion (the same id and kind,
 * possibly across several blocks or text runs) are gathered into one entry.
 */
export function listSuggestions(doc: ProseMirrorNode): OpenSuggestion[] {
  const byKey = new Map<string, OpenSuggestion>();
  const walk = (node: ProseMirrorNode, pos: number, block: ProseMirrorNode | null) => {
    node.forEach((child, offset) => {
      const childPos = pos + offset;
      if (!child.isInline) {
        walk(child, childPos + 1, isBlockKind(child.type.name) ? child : block);
        return;
      }
      for (const mark of child.marks) {
        const suggestion = suggestionOfMark(mark);
        if (!suggestion || !suggestion.attrs.id) continue;
        const key = `${suggestion.kind}:${suggestion.attrs.id}`;
        const text = child.isText ? (child.text ?? '') : child.type.name === 'hardBreak' ? '\n' : '';
        const existing = byKey.get(key);
        if (existing) {
          existing.text += text;
          existing.to = childPos + child.nodeSize;
          continue;
        }
        byKey.set(key, {
          id: suggestion.attrs.id,
          kind: suggestion.kind,
          author: suggestion.attrs.author,
          createdAt: suggestion.attrs.createdAt,
          text,
          blockId: (block?.attrs.id as string | null) ?? null,
          blockTitle: (block?.attrs.title as string | null) ?? null,
          from: childPos,
          to: childPos + child.nodeSize,
        });
      }
    });
  };
  walk(doc, 0, null);
  return [...byKey.values()].sort((a, b) => a.from - b.from);
}
