import { copySchema } from '../../shared/schemas/copy.ts';
import { apiFetch } from './apiFetch.ts';
import { documentJsonSchema } from './documentJson.ts';

/** A class copy (二次备课) with the facts of the guide it was made from. */
export function fetchCopy(copyId: string) {
  return apiFetch(`/api/copies/${encodeURIComponent(copyId)}`, copySchema);
}

/** The living content of a class copy. */
export function fetchCopyContent(copyId: string) {
  return apiFetch(`/api/copies/${encodeURIComponent(copyId)}/content`, documentJsonSchema);
}
