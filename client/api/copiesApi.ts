import { copySchema } from '../../shared/schemas/copy.ts';
import { apiFetch } from './apiFetch.ts';

/** A class copy (二次备课) with the facts of the guide it was made from. */
export function fetchCopy(copyId: string) {
  return apiFetch(`/api/copies/${encodeURIComponent(copyId)}`, copySchema);
}
