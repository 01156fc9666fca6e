import type { Mark, MarkType, Schema } from '@tiptap/pm/model';

/** The two kinds of tracked change, named after their marks. */
export type SuggestionKind = 'insert' | 'delete';

export const suggestionMarkNames: Record<SuggestionKind, string> = {
  insert: 'suggestInsert',
  delete: 'suggestDelete',
};

/** What every suggestion mark carries: which suggestion, whose (user id), and when (ISO time). */
export interface SuggestionAttrs {
  id: string;
  author: string;
  createdAt: string;
}

export interface SuggestionMarkTypes {
  insert: MarkType;
  delete: MarkType;
}

export function suggestionMarkTypes(schema: Schema): SuggestionMarkTypes {
  const insert = schema.marks[suggestionMarkNames.insert];
  const remove = schema.marks[suggestionMarkNames.delete];
  if (!insert || !remove) throw new Error('The schema has no suggestion marks');
  return { insert, delete: remove };
}

/** The suggestion a mark stands for, or null when it is not a suggestion mark. */
export function suggestionOfMark(mark: Mark): { kind: SuggestionKind; attrs: SuggestionAttrs } | null {
  if (mark.type.name === suggestionMarkNames.insert) return { kind: 'insert', attrs: mark.attrs as SuggestionAttrs };
  if (mark.type.name === suggestionMarkNames.delete) return { kind: 'delete', attrs: mark.attrs as SuggestionAttrs };
  return null;
}
