import { restoreVersionResultSchema } from '../../../shared/schemas/versionRestore.ts';
import { apiFetch } from '../../api/apiFetch.ts';

/** 恢复此版本: the live guide becomes the content of saved version `number`, as a new change. */
export function restoreVersion(guideId: string, number: number) {
  return apiFetch(`/api/guides/${encodeURIComponent(guideId)}/versions/${number}/restore`, restoreVersionResultSchema, {
    method: 'POST',
  });
}
