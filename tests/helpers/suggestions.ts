import * as Y from 'yjs';
import type { SuggestionAttrs } from '../../shared/suggestions/suggestionMarks.ts';

let counter = 0;

/** A suggestion id and time for a teacher, as the editor's suggestion mode makes them. */
export function suggestionAttrs(author: string, id = `s${Date.now().toString(36)}${(counter++).toString(36)}`): SuggestionAttrs {
  return { id, author, createdAt: new Date().toISOString() };
}

/**
 * Inserts text as a suggested insertion, the way the editor writes it into the Y.Doc: a
 * `suggestInsert` formatting attribute on the inserted characters. Returns the suggestion id.
 */
export function suggestInsertion(text: Y.XmlText, index: number, content: string, author: string, id?: string): string {
  const attrs = suggestionAttrs(author, id);
  text.insert(index, content, { suggestInsert: attrs });
  return attrs.id;
}

/** Marks `length` characters from `index` as a suggested deletion. Returns the suggestion id. */
export function suggestDeletion(text: Y.XmlText, index: number, length: number, author: string, id?: string): string {
  const attrs = suggestionAttrs(author, id);
  text.format(index, length, { suggestDelete: attrs });
  return attrs.id;
}
