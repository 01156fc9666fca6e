import { createContext, useContext } from 'react';
import type { DiffAuthor } from '../../../shared/schemas/diff.ts';

/** The teachers a diff names (by id), for its changes to show who made them. */
export const DiffAuthorsContext = createContext<Record<string, DiffAuthor>>({});

/** The named authors of a change, in order, leaving out ids the diff does not name. */
export function useDiffAuthors(ids: readonly string[] | undefined): DiffAuthor[] {
  const authors = useContext(DiffAuthorsContext);
  return (ids ?? []).map((id) => authors[id]).filter((author): author is DiffAuthor => author !== undefined);
}
