import * as Y from 'yjs';
import { contentFragmentName } from '../../shared/editor/schema.ts';
import { suggestionMarkNames } from '../../shared/suggestions/suggestionMarks.ts';

/**
 * Yjs keeps formatting as start and end markers between characters. When a suggesting member
 * and a teacher editing directly type at the same spot at the same moment, the merge can put
 * the other teacher's new characters between the member's markers (so they turn into the
 * member's suggestion) or the member's new characters outside them (so they become plain text).
 * Neither is what anyone typed. A repair says, per character, which suggested insertions it
 * should carry after one teacher's update: characters that were already there keep the ones
 * they had, and the teacher's new characters carry what the editor gave them where they were
 * typed (see planSuggestionRepair).
 */
export type SuggestionRepair = Map<string, Suggested>;

/**
 * The suggested insertions a character carries, by formatting key. The editor's binding keeps
 * each suggestion under a key of its own (`suggestInsert--<hash>`), as they may overlap; a
 * plainly written one uses `suggestInsert`.
 */
type Suggested = Record<string, unknown>;

const none: Suggested = {};

function isInsertKey(key: string): boolean {
  return key === suggestionMarkNames.insert || (key.startsWith(`${suggestionMarkNames.insert}--`) && key.length === suggestionMarkNames.insert.length + 10);
}

const charKey = (client: number, clock: number) => `${client}:${clock}`;

interface CharVisit {
  text: Y.XmlText;
  index: number;
  key: string;
  value: Suggested;
  /** Where the character was typed: the ids of its left and right neighbours then. */
  origin: string | null;
  rightOrigin: string | null;
}

/** A suggested-insertion marker: what it states, and the character it was written before. */
interface Marker {
  value: Suggested;
  before: string | null;
}

/** A marker's own statement: this suggestion starts here, or (value null) ends. */
function markerValue(content: Y.ContentFormat): Suggested {
  return content.value === null || content.value === undefined ? none : { [content.key]: content.value };
}

/** Every visible character of the texts, in order, with its suggestions and origin. */
function visitChars(texts: Iterable<Y.XmlText>, visit: (char: CharVisit) => void, markers?: Map<string, Marker>): void {
  for (const text of texts) {
    const active = new Map<string, unknown>();
    let value: Suggested = none;
    let index = 0;
    for (let item = text._start; item !== null; item = item.right) {
      const content = item.content;
      if (content instanceof Y.ContentFormat) {
        if (!isInsertKey(content.key)) continue;
        const id = charKey(item.id.client, item.id.clock);
        const before = item.rightOrigin ? charKey(item.rightOrigin.client, item.rightOrigin.clock) : null;
        markers?.set(id, { value: markerValue(content), before });
        if (item.deleted) continue;
        if (content.value === null || content.value === undefined) active.delete(content.key);
        else active.set(content.key, content.value);
        value = Object.fromEntries([...active].sort(([a], [b]) => (a < b ? -1 : 1)));
        continue;
      }
      if (item.deleted || !item.countable) continue;
      if (content instanceof Y.ContentString) {
        const rightOrigin = item.rightOrigin ? charKey(item.rightOrigin.client, item.rightOrigin.clock) : null;
        for (let offset = 0; offset < item.length; offset += 1) {
          const origin =
            offset > 0 ? charKey(item.id.client, item.id.clock + offset - 1) : item.origin ? charKey(item.origin.client, item.origin.clock) : null;
          const key = charKey(item.id.client, item.id.clock + offset);
          visit({ text, index: index + offset, key, value, origin, rightOrigin });
        }
      }
      index += item.length;
    }
  }
}

/** Every text of the guide. */
function allTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(contentFragmentName));
  return texts;
}

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * The texts of `doc` an update inserts into or deletes from, whether `doc` already has the
 * update (its items are found by id) or not yet (they are placed by parent or origins).
 */
function textsTouched(doc: Y.Doc, { structs, ds }: DecodedUpdate): Set<Y.XmlText> {
  const texts = new Set<Y.XmlText>();
  const has = (id: Y.ID) => Y.getState(doc.store, id.client) > id.clock;
  const addTextOf = (id: Y.ID) => {
    const struct = Y.getItem(doc.store, id);
    if (struct instanceof Y.Item && struct.parent instanceof Y.XmlText) texts.add(struct.parent);
    return struct;
  };
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (has(struct.id)) {
      addTextOf(struct.id);
      continue;
    }
    const parent = struct.parent;
    if (parent instanceof Y.ID) {
      const item = has(parent) ? Y.getItem(doc.store, parent) : null;
      if (item instanceof Y.Item && item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlText) texts.add(item.content.type);
      continue;
    }
    // Without a parent the item sits next to its origins, in their text.
    const neighbour = [struct.origin, struct.rightOrigin].find((id): id is Y.ID => id !== null && has(id));
    if (neighbour) addTextOf(neighbour);
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      // Deletions of items the document does not have yet touch nothing here.
      const end = Math.min(range.clock + range.len, Y.getState(doc.store, client));
      for (let clock = range.clock; clock < end; ) {
        const struct = addTextOf(Y.createID(client, clock));
        clock = struct.id.clock + struct.length;
      }
    }
  }
  return texts;
}

/** The suggestions in the texts an update will touch, taken before it is applied. */
export interface SuggestionsBefore {
  update: DecodedUpdate;
  chars: Map<string, Suggested>;
  markers: Map<string, Marker>;
}

export function suggestionsBefore(doc: Y.Doc, update: Uint8Array): SuggestionsBefore {
  const decoded = Y.decodeUpdate(update);
  const chars = new Map<string, Suggested>();
  const markers = new Map<string, Marker>();
  visitChars(textsTouched(doc, decoded), (char) => chars.set(char.key, char.value), markers);
  return { update: decoded, chars, markers };
}

const same = (a: Suggested, b: Suggested) => JSON.stringify(a) === JSON.stringify(b);

/** Whether every suggestion here is the author's own (and there is one). */
function onlyBy(value: Suggested, author: string): boolean {
  const all = Object.values(value);
  return all.length > 0 && all.every((attrs) => typeof attrs === 'object' && attrs !== null && (attrs as { author?: unknown }).author === author);
}

/**
 * The repair for `after` (the document with one teacher's update applied), or an empty map
 * when nothing needs it, from the suggestions taken just before the update was applied.
 *
 * What a new character was typed as is read from where it was typed (its left and right
 * neighbours then), as the editor decided it: next to the teacher's own suggestion it continues
 * it; where the update itself wrote a suggestion marker before it, it starts that suggestion; between two
 * neighbours with the same suggestions (inside someone's suggestion, or in plain text) it takes
 * those; at the edge of a suggestion it is plain, as suggestion marks do not extend. A
 * suggest-only teacher's editor makes everything they type their suggestion, so their new
 * characters that the merge left otherwise join their nearest suggestion.
 */
export function planSuggestionRepair(
  before: SuggestionsBefore,
  after: Y.Doc,
  author: string,
  /** The teacher can only suggest: everything they type is one of their suggestions. */
  suggestsOnly: boolean,
): SuggestionRepair {
  const { chars: previous, markers: previousMarkers } = before;
  // Only the texts the update touched can have changed.
  const texts = textsTouched(after, before.update);
  if (texts.size === 0) return new Map();
  const current = new Map<string, CharVisit>();
  const markers = new Map<string, Marker>();
  visitChars(texts, (char) => current.set(char.key, char), markers);
  // Where the update itself started one of the teacher's suggestions: the character it wrote the
  // marker before (wherever the merge has put the marker since).
  const startsAt = new Map<string, Suggested>();
  for (const [id, marker] of markers) {
    if (!previousMarkers.has(id) && marker.before !== null && onlyBy(marker.value, author)) startsAt.set(marker.before, marker.value);
  }

  const typed = new Map<string, Suggested>();
  /** The suggestions at a neighbour: a marker's, an existing character's before, a new one's as typed. */
  const valueAt = (id: string | null, depth: number): Suggested => {
    if (id === null) return none;
    if (markers.has(id)) return markers.get(id)!.value;
    if (previous.has(id)) return previous.get(id)!;
    if (current.has(id) && depth < 1000) return typedAs(id, depth + 1);
    return none;
  };
  const typedAs = (key: string, depth = 0): Suggested => {
    const known = typed.get(key);
    if (known) return known;
    const char = current.get(key)!;
    const left = valueAt(char.origin, depth);
    const right = valueAt(char.rightOrigin, depth);
    let value = none;
    if (onlyBy(char.value, author)) value = char.value;
    else if (startsAt.has(key)) value = startsAt.get(key)!;
    else if (onlyBy(left, author)) value = left;
    else if (suggestsOnly) value = nearestOwn(char);
    else if (same(left, right)) value = left;
    typed.set(key, value);
    return value;
  };
  /** For a suggest-only teacher: their suggestion closest to the character in its text. */
  const nearestOwn = (char: CharVisit): Suggested => {
    const inText = [...current.values()].filter((other) => other.text === char.text);
    const at = inText.indexOf(char);
    for (let distance = 1; distance < inText.length; distance++) {
      for (const other of [inText[at - distance], inText[at + distance]]) {
        if (other && onlyBy(other.value, author)) return other.value;
      }
    }
    const written = [...startsAt.values()][0];
    return written ?? none;
  };

  const repair: SuggestionRepair = new Map();
  for (const [key, char] of current) {
    const value = previous.get(key) ?? typedAs(key);
    if (!same(value, char.value)) repair.set(key, value);
  }
  return repair;
}

/** Applies a repair to a document, by character id, wherever those characters now are. */
export function applySuggestionRepair(doc: Y.Doc, repair: SuggestionRepair): void {
  if (repair.size === 0) return;
  const runs: { text: Y.XmlText; index: number; length: number; attributes: Record<string, unknown> }[] = [];
  visitChars(allTexts(doc), (char) => {
    const wanted = repair.get(char.key);
    if (!wanted) return;
    // Every suggestion key here or wanted here gets its wanted value (null removes it).
    const attributes = Object.fromEntries(
      [...new Set([...Object.keys(char.value), ...Object.keys(wanted)])].sort().map((key) => [key, wanted[key] ?? null]),
    );
    const last = runs.at(-1);
    if (last && last.text === char.text && last.index + last.length === char.index && JSON.stringify(last.attributes) === JSON.stringify(attributes)) {
      last.length += 1;
    } else {
      runs.push({ text: char.text, index: char.index, length: 1, attributes });
    }
  });
  Y.transact(doc, () => {
    for (const run of runs) run.text.format(run.index, run.length, run.attributes);
  });
}
