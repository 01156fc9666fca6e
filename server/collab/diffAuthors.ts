import * as Y from 'yjs';
import { contentFragmentName } from '../../shared/editor/schema.ts';
import type { DocumentRef } from '../../shared/schemas/documentRef.ts';
import type { DiffAuthor, DiffPart, DocumentDiff } from '../../shared/schemas/diff.ts';
import { copyDocName, guideDocName } from '../../shared/schemas/documentName.ts';
import { colorForUser } from '../../shared/presence/presenceUser.ts';
import type { AppContext } from '../appContext.ts';
import { listDocClients, listDocDeletions } from '../db/repos/authorship.ts';
import { findCopyRow } from '../db/repos/copies.ts';
import { findGuideVersion } from '../db/repos/guides.ts';
import { findUserNames } from '../db/repos/users.ts';
import { authorshipOf } from './authorshipExtension.ts';
import { readDocumentState } from './readDocument.ts';

/** A character of a block's diff text: the Yjs item it is, or null for a line break the diff adds. */
type CharId = { client: number; clock: number } | null;

// The same reading as shared/diff/blockText.ts with atoms, over the Yjs tree instead of JSON.
const fieldNodes = new Set(['answer', 'groupRoles']);
const ignoredNodes = new Set(['teacherNote']);
const atomNodes = new Set(['inlineMath', 'blockMath', 'image', 'blank']);
const textblockTypes = new Set(['paragraph', 'heading']);

function itemId(element: Y.XmlElement): CharId {
  const item = element._item;
  return item ? { client: item.id.client, clock: item.id.clock } : null;
}

function textChars(text: Y.XmlText): CharId[] {
  const chars: CharId[] = [];
  for (let item = text._start; item; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    for (let index = 0; index < item.length; index += 1) chars.push({ client: item.id.client, clock: item.id.clock + index });
  }
  return chars;
}

function isTextblock(element: Y.XmlElement): boolean {
  if (textblockTypes.has(element.nodeName)) return true;
  return element.toArray().some((child) => (child instanceof Y.XmlText && child.length > 0) || (child instanceof Y.XmlElement && child.nodeName === 'hardBreak'));
}

/** The Yjs item of each character of a block's diff text (see blockText), in order. */
export function blockChars(block: Y.XmlElement): CharId[] {
  const lines: CharId[][] = [];
  const visit = (element: Y.XmlElement) => {
    if (fieldNodes.has(element.nodeName) || ignoredNodes.has(element.nodeName)) return;
    if (atomNodes.has(element.nodeName)) {
      lines.push([itemId(element)]);
      return;
    }
    if (isTextblock(element)) {
      const line: CharId[] = [];
      for (const child of element.toArray()) {
        if (child instanceof Y.XmlText) line.push(...textChars(child));
        else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') line.push(null);
        else if (child instanceof Y.XmlElement && atomNodes.has(child.nodeName)) line.push(itemId(child));
      }
      lines.push(line);
      return;
    }
    for (const child of element.toArray()) if (child instanceof Y.XmlElement) visit(child);
  };
  for (const child of block.toArray()) if (child instanceof Y.XmlElement) visit(child);
  return lines.flatMap((line, index) => (index === 0 ? line : [null, ...line]));
}

/** Who deleted which items, from the stored deleting updates: per client, ranges sorted by clock. */
class Deletions {
  private readonly byClient = new Map<number, { clock: number; end: number; user: string }[]>();

  constructor(rows: readonly { user_id: string; delete_set: Uint8Array }[]) {
    for (const row of rows) {
      const { ds } = Y.decodeUpdate(row.delete_set);
      ds.clients.forEach((items, client) => {
        const ranges = this.byClient.get(client) ?? [];
        for (const item of items) ranges.push({ clock: item.clock, end: item.clock + item.len, user: row.user_id });
        this.byClient.set(client, ranges);
      });
    }
    for (const ranges of this.byClient.values()) ranges.sort((a, b) => a.clock - b.clock);
  }

  /** The teacher who deleted this item (the first recorded), if known. */
  deleter(id: { client: number; clock: number }): string | null {
    const ranges = this.byClient.get(id.client);
    if (!ranges) return null;
    let low = 0;
    let high = ranges.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranges[middle].clock <= id.clock) low = middle + 1;
      else high = middle;
    }
    // Ranges may overlap (one item deleted by two teachers at once): look back a little.
    for (let index = low - 1; index >= 0 && index >= low - 64; index -= 1) {
      if (ranges[index].end > id.clock) return ranges[index].user;
    }
    return null;
  }
}

interface Side {
  doc: Y.Doc;
  docNames: string[];
}

/** The Yjs state of a diff side (already authorized by readRefContent), and the documents whose authors it holds. */
async function readSide(app: AppContext, ref: DocumentRef): Promise<Side | null> {
  let state: Uint8Array | null = null;
  let docNames: string[];
  if (ref.kind === 'copy') {
    const copy = await findCopyRow(app.database.db, ref.copyId);
    if (!copy) return null;
    state = await readDocumentState(app, copyDocName(copy.id));
    // A copy starts from its guide's final: those items were written in the guide.
    docNames = [copyDocName(copy.id), guideDocName(copy.guide_id)];
  } else if (ref.version === null) {
    state = await readDocumentState(app, guideDocName(ref.guideId));
    docNames = [guideDocName(ref.guideId)];
  } else {
    state = (await findGuideVersion(app.database.db, ref.guideId, ref.version))?.state ?? null;
    docNames = [guideDocName(ref.guideId)];
  }
  if (!state) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return { doc, docNames };
}

const partLength = (parts: readonly DiffPart[], kinds: readonly DiffPart['kind'][]) =>
  parts.reduce((sum, part) => sum + (kinds.includes(part.kind) ? part.text.length : 0), 0);

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}

/**
 * Who wrote what: each inserted part of the diff gets the teachers whose Yjs clients inserted
 * its characters (doc_clients), each deleted part the teachers whose updates deleted them
 * (doc_deletions); `authors` names them with their colour. Text whose author is not recorded
 * (written before the record began, or by the server itself) stays without one.
 */
export async function withDiffAuthors(app: AppContext, from: DocumentRef, to: DocumentRef, diff: DocumentDiff): Promise<DocumentDiff> {
  const changed = diff.blocks.some((block) => block.parts.some((part) => part.kind !== 'equal'));
  if (!changed) return diff;
  await authorshipOf(app.hocuspocus)?.settled();
  const [sideA, sideB] = await Promise.all([readSide(app, from), readSide(app, to)]);
  if (!sideA || !sideB) return diff;
  try {
    const docNames = [...new Set([...sideA.docNames, ...sideB.docNames])];
    const clients = await listDocClients(app.database.db, docNames);
    const hasDeletes = diff.blocks.some((block) => block.parts.some((part) => part.kind === 'delete'));
    const deletions = new Deletions(hasDeletes ? await listDocDeletions(app.database.db, docNames) : []);
    const blocksA = sideA.doc.getXmlFragment(contentFragmentName).toArray();
    const blocksB = sideB.doc.getXmlFragment(contentFragmentName).toArray();
    const userIds = new Set<string>();

    const blocks = diff.blocks.map((block) => {
      if (block.status === 'unchanged') return block;
      const elementA = block.fromIndex !== null ? blocksA[block.fromIndex] : undefined;
      const elementB = block.toIndex !== null ? blocksB[block.toIndex] : undefined;
      const charsA = elementA instanceof Y.XmlElement ? blockChars(elementA) : [];
      const charsB = elementB instanceof Y.XmlElement ? blockChars(elementB) : [];
      // The two readings must agree character for character; otherwise the block is left as it is.
      if (charsA.length !== partLength(block.parts, ['equal', 'delete']) || charsB.length !== partLength(block.parts, ['equal', 'insert'])) {
        return block;
      }
      let offsetA = 0;
      let offsetB = 0;
      const parts = block.parts.map((part) => {
        const length = part.text.length;
        if (part.kind === 'equal') {
          offsetA += length;
          offsetB += length;
          return part;
        }
        let authors: string[];
        if (part.kind === 'insert') {
          authors = unique(charsB.slice(offsetB, offsetB + length).map((id) => (id ? (clients.get(id.client) ?? null) : null)));
          offsetB += length;
        } else {
          authors = unique(charsA.slice(offsetA, offsetA + length).map((id) => (id ? deletions.deleter(id) : null)));
          offsetA += length;
        }
        authors.forEach((id) => userIds.add(id));
        return authors.length > 0 ? { ...part, authors } : part;
      });
      return { ...block, parts };
    });

    const names = await findUserNames(app.database.db, [...userIds]);
    const authors: Record<string, DiffAuthor> = {};
    for (const id of userIds) authors[id] = { id, name: names.get(id) ?? '', color: colorForUser(id) };
    return { ...diff, blocks, authors };
  } finally {
    sideA.doc.destroy();
    sideB.doc.destroy();
  }
}
