import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { blockKinds } from '../editor/blockKinds.ts';

/**
 * Structural suggestions (a new question or block, the deletion or move of one, a change of its
 * minutes, tier, audience or group roles, a formula or figure added or removed) cannot be marks:
 * marks sit on text and inline nodes only. They are a node attribute instead, `suggestion`, on
 * the node types below:
 *
 *   suggestion: { kind, id, author, createdAt, old? }
 *
 * - `insert`: the node is proposed; accepting clears the attribute, rejecting removes the node.
 *   Whatever the author writes inside their own proposed node carries no marks of its own: it
 *   comes and goes with the node.
 * - `delete`: the node is proposed for removal; accepting removes it, rejecting clears the
 *   attribute.
 * - `attrs`: some attributes were changed; `old` holds their values before. Accepting clears the
 *   attribute (the new values stay), rejecting puts `old` back. `id` and `suggestion` itself are
 *   never in `old`.
 * - A move is a `delete` at the old place and an `insert` of a copy (with fresh ids) at the new
 *   place sharing one suggestion id, so it is decided as one. A replacement of text works the
 *   same way with marks: the struck and the inserted text share one id.
 *
 * A node holds one suggestion at a time: a change to a node carrying another teacher's
 * suggestion is not possible in 建议模式. The server guard (checkSuggestionOnlyChange) judges
 * these exactly like marks: rejecting the sender's own suggestions before and after must give
 * the same document. A malformed value is no suggestion at all, so it fails that comparison.
 */
export type NodeSuggestionKind = 'insert' | 'delete' | 'attrs';

export interface NodeSuggestion {
  kind: NodeSuggestionKind;
  id: string;
  /** User id of the teacher who suggested it. */
  author: string;
  createdAt: string;
  /** For `attrs`: the changed attributes' values before the change. */
  old?: Record<string, unknown>;
}

export const nodeSuggestionAttribute = 'suggestion';

/** Attributes an `attrs` suggestion can never change. */
export const fixedAttributes = new Set(['id', nodeSuggestionAttribute]);

/** The node types that carry the `suggestion` attribute. */
export const suggestableNodeTypes: readonly string[] = [
  ...blockKinds,
  'question',
  'answer',
  'teacherNote',
  'groupRoles',
  'blockMath',
  'image',
  'table',
  'inlineMath',
  'blank',
];

const kinds = new Set<string>(['insert', 'delete', 'attrs']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The suggestion a node carries, or null (also for a value of the wrong shape). */
export function nodeSuggestionOf(node: ProseMirrorNode): NodeSuggestion | null {
  const value: unknown = node.attrs[nodeSuggestionAttribute];
  if (!isPlainObject(value)) return null;
  const { kind, id, author, createdAt, old } = value;
  if (typeof kind !== 'string' || !kinds.has(kind)) return null;
  if (typeof id !== 'string' || !id || typeof author !== 'string' || !author || typeof createdAt !== 'string') return null;
  if (kind === 'attrs') {
    if (!isPlainObject(old) || Object.keys(old).length === 0) return null;
    if (Object.keys(old).some((name) => fixedAttributes.has(name) || !Object.hasOwn(node.type.spec.attrs ?? {}, name))) {
      return null;
    }
    return { kind, id, author, createdAt, old };
  }
  if (old !== undefined) return null;
  return { kind: kind as NodeSuggestionKind, id, author, createdAt };
}

/** The node attribute's definition (for the schema): never read from pasted HTML. */
export function nodeSuggestionAttributeSpec() {
  return {
    default: null,
    parseHTML: () => null,
    renderHTML: (attributes: Record<string, unknown>) => {
      const value = attributes[nodeSuggestionAttribute];
      return isPlainObject(value) && typeof value.kind === 'string' ? { 'data-node-suggestion': value.kind } : {};
    },
  };
}

/** The attributes a node would have without the suggested attribute change. */
export function attributesBefore(node: ProseMirrorNode, suggestion: NodeSuggestion): Record<string, unknown> {
  return { ...node.attrs, ...(suggestion.old ?? {}), [nodeSuggestionAttribute]: null };
}
