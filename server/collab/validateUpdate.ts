import type { Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { contentFragmentName } from '../../shared/editor/schema.ts';

/** Root types a guide's Y.Doc may have. Anything else is junk or an attack. */
const allowedRootTypes = new Set([contentFragmentName]);

/**
 * Checks that an incoming Yjs update decodes completely and only touches the document's
 * known root types, before it is applied. A malformed update would otherwise either throw
 * half-way through integration or create stray root types in the stored document.
 */
export function isWellFormedUpdate(update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent;
    if (typeof parent === 'string' && !allowedRootTypes.has(parent)) return false;
  }
  return true;
}

/** y-tiptap keeps marks that may overlap under `<mark name>--<8 characters of a hash>`. */
const hashedMarkKey = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

function markNameOf(formattingKey: string): string {
  return hashedMarkKey.exec(formattingKey)?.[1] ?? formattingKey;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why one integrated item has no place in a guide of this schema, or null when it has. */
function itemOutsideSchema(item: Y.Item, schema: Schema): string | null {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return null;
  const parent = item.parent;
  if (item.parentSub !== null) {
    // A map entry: on an element, one of its node attributes.
    if (!(parent instanceof Y.XmlElement)) return `attribute ${item.parentSub} outside an element`;
    const attributes = schema.nodes[parent.nodeName]?.spec.attrs ?? {};
    if (!Object.hasOwn(attributes, item.parentSub)) return `attribute ${item.parentSub} on ${parent.nodeName}`;
    if (!(content instanceof Y.ContentAny)) return `attribute ${item.parentSub} holding a shared type`;
    return null;
  }
  if (content instanceof Y.ContentType) {
    const type = content.type;
    if (type instanceof Y.XmlText) return parent instanceof Y.XmlElement ? null : 'text outside an element';
    if (!(type instanceof Y.XmlElement)) return `shared type ${type.constructor.name}`;
    const known = Object.hasOwn(schema.nodes, type.nodeName) && type.nodeName !== 'text' && type.nodeName !== schema.topNodeType.name;
    if (!known) return `element ${type.nodeName}`;
    return parent instanceof Y.XmlFragment && !(parent instanceof Y.XmlText) ? null : `element ${type.nodeName} inside text`;
  }
  if (content instanceof Y.ContentString) return parent instanceof Y.XmlText ? null : 'characters outside a text';
  if (content instanceof Y.ContentFormat) {
    if (!(parent instanceof Y.XmlText)) return `formatting ${content.key} outside a text`;
    const markType = schema.marks[markNameOf(content.key)];
    if (!markType) return `formatting ${content.key}`;
    // null ends the formatting; anything else is the mark's attributes.
    if (content.value === null) return null;
    if (!isPlainObject(content.value)) return `formatting ${content.key} with a value that is no attributes`;
    const attributes = markType.spec.attrs ?? {};
    const unknown = Object.keys(content.value).find((name) => !Object.hasOwn(attributes, name));
    return unknown === undefined ? null : `attribute ${unknown} of ${content.key}`;
  }
  return `content of kind ${content.constructor.name}`;
}

/**
 * What an update just applied to `doc` added that the guide's schema does not know, or null:
 * elements that are no node type, attributes a node or mark type does not have, formatting
 * that is no mark, embeds and other shared types. `before` is the document's state vector
 * before the update. The binding to ProseMirror silently skips such content (so comparing
 * documents does not see it), but it would be stored and sent to every editor.
 */
export function contentOutsideSchema(doc: Y.Doc, before: Map<number, number>, schema: Schema): string | null {
  for (const [client, structs] of doc.store.clients) {
    const from = before.get(client) ?? 0;
    const last = structs[structs.length - 1];
    if (!last || last.id.clock + last.length <= from) continue;
    for (let index = from === 0 ? 0 : Y.findIndexSS(structs, from); index < structs.length; index += 1) {
      const struct = structs[index];
      if (!(struct instanceof Y.Item)) continue;
      const problem = itemOutsideSchema(struct, schema);
      if (problem) return problem;
    }
  }
  return null;
}
