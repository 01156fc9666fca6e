import { getSchema, type JSONContent } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { guideExtensions } from './presets.ts';

/** The name of the XmlFragment that holds a guide's content in its Y.Doc. */
export const contentFragmentName = 'default';

let schema: Schema | null = null;

/** The ProseMirror schema built from the one extension list, for headless use. */
export function guideSchema(): Schema {
  schema ??= getSchema(guideExtensions);
  return schema;
}

/** Parses JSON against the schema (throws on invalid content) and returns it with every attribute filled in. */
export function normaliseGuideJson(json: JSONContent): JSONContent {
  const node = guideSchema().nodeFromJSON(json);
  node.check();
  return node.toJSON() as JSONContent;
}

/** Writes ProseMirror JSON into a Y.Doc's content fragment (a new doc unless one is given). */
export function jsonToYDoc(json: JSONContent, doc: Y.Doc = new Y.Doc()): Y.Doc {
  const node = guideSchema().nodeFromJSON(json);
  node.check();
  prosemirrorJSONToYXmlFragment(guideSchema(), node.toJSON(), doc.getXmlFragment(contentFragmentName));
  return doc;
}

/** Reads a Y.Doc's content as ProseMirror JSON, with every attribute filled in. */
export function yDocToJson(doc: Y.Doc): JSONContent {
  const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(contentFragmentName), guideSchema());
  return node.toJSON() as JSONContent;
}

/** The state of a new Y.Doc holding this content, as one update. */
export function jsonToYUpdate(json: JSONContent): Uint8Array {
  const doc = jsonToYDoc(json);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
