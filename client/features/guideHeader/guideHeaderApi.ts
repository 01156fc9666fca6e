import { guideSchema } from '../../../shared/schemas/guide.ts';
import type { GuideHeaderBody } from '../../../shared/schemas/guideHeader.ts';
import { apiFetch } from '../../api/apiFetch.ts';

/** 修改表头: the guide as it is with its header corrected. */
export function editGuideHeader(guideId: string, body: GuideHeaderBody) {
  return apiFetch(`/api/guides/${encodeURIComponent(guideId)}/header`, guideSchema, { method: 'PATCH', body });
}
