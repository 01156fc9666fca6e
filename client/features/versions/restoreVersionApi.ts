import { restoreVersionResultSchema } from '../../../shared/schemas/versionRestore.ts';
import { apiFetch } from '../../api/apiFetch.ts';

/** 恢复此版本: the live guide becomes the content of saved version `version`, as a new change. */
export function restoreVersion(guideId: string, version: number) {
  return apiFetch(`/api/guides/${encodeURIComponent(guideId)}/restore`, restoreVersionResultSchema, {
    method: 'POST',
    body: { version },
  });
}
