import { blockReuseResponseSchema, versionBlocksSchema, type BlockReuseBody } from '../../../shared/schemas/blockReuse.ts';
import { apiFetch } from '../../api/apiFetch.ts';

/** The blocks of a saved version the teacher may read (GET /api/guides/:id/versions/:number/blocks). */
export function fetchVersionBlocks(guideId: string, versionNumber: number) {
  return apiFetch(`/api/guides/${encodeURIComponent(guideId)}/versions/${versionNumber}/blocks`, versionBlocksSchema);
}

/** The chosen blocks with new ids and their credit, ready to insert; the reuse is recorded on the source. */
export function reuseBlocks(body: BlockReuseBody) {
  return apiFetch('/api/block-reuses', blockReuseResponseSchema, { method: 'POST', body });
}
