import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  absolutePositionToRelativePosition,
  initProseMirrorDoc,
  relativePositionToAbsolutePosition,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { isBlockKind } from '../editor/blockKinds.ts';
import { contentFragmentName, guideSchema } from '../editor/schema.ts';

/** Where a comment sits: base64 of `Y.encodeRelativePosition` for its start and end. */
export interface CommentAnchor {
  from: string;
  to: string;
}

/** The commented range as it is now in the document. */
export interface ResolvedAnchor {
  from: number;
  to: number;
  text: string;
  blockId: string | null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function encodeAnchorPosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/** Decodes one end of an anchor; throws on anything that is not an encoded relative position. */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition {
  const position = Y.decodeRelativePosition(fromBase64(encoded));
  if (!position.item && !position.type && !position.tname) throw new Error('not a relative position');
  return position;
}

/**
 * Anchors a ProseMirror range of a guide's Y.Doc (positions as the editor counts them) with
 * relative positions, which stay on the same characters while others edit around them.
 * The editor passes its sync binding's mapping; without one, the mapping is built here.
 */
export function anchorForRange(
  doc: Y.Doc,
  from: number,
  to: number,
  mapping = initProseMirrorDoc(doc.getXmlFragment(contentFragmentName), guideSchema()).mapping,
): CommentAnchor {
  const fragment = doc.getXmlFragment(contentFragmentName);
  return {
    from: encodeAnchorPosition(absolutePositionToRelativePosition(from, fragment, mapping as never)),
    to: encodeAnchorPosition(absolutePositionToRelativePosition(to, fragment, mapping as never)),
  };
}

function blockIdAt(pmDoc: ProseMirrorNode, pos: number): string | null {
  const $pos = pmDoc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth--) {
    const node = $pos.node(depth);
    if (isBlockKind(node.type.name)) return (node.attrs.id as string | null) ?? null;
  }
  return null;
}

/**
 * Where an anchor is now, or null when its text is gone (deleted by an edit) or the anchor
 * does not belong to this document.
 */
export function resolveAnchor(
  doc: Y.Doc,
  anchor: CommentAnchor,
  view = initProseMirrorDoc(doc.getXmlFragment(contentFragmentName), guideSchema()),
): ResolvedAnchor | null {
  const fragment = doc.getXmlFragment(contentFragmentName);
  let from: number | null;
  let to: number | null;
  try {
    from = relativePositionToAbsolutePosition(doc, fragment, decodeAnchorPosition(anchor.from), view.mapping as never);
    to = relativePositionToAbsolutePosition(doc, fragment, decodeAnchorPosition(anchor.to), view.mapping as never);
  } catch {
    return null;
  }
  if (from === null || to === null || to <= from || to > view.doc.content.size) return null;
  const text = view.doc.textBetween(from, to, '\n');
  if (!text) return null;
  return { from, to, text, blockId: blockIdAt(view.doc, from) };
}
