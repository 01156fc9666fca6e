import { z } from 'zod';
import { guideSchema, guideSummarySchema, type CreateGuideBody } from '../../shared/schemas/guide.ts';
import { apiFetch } from './apiFetch.ts';

export function fetchGuides() {
  return apiFetch('/api/guides', z.array(guideSummarySchema));
}

export function fetchGuide(guideId: string) {
  return apiFetch(`/api/guides/${encodeURIComponent(guideId)}`, guideSchema);
}

export function createGuide(body: CreateGuideBody) {
  return apiFetch('/api/guides', guideSchema, { method: 'POST', body });
}
