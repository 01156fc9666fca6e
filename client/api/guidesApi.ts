import { z } from 'zod';
import {
  guideSchema,
  guideSummarySchema,
  type CreateGuideBody,
  type TransitionBody,
} from '../../shared/schemas/guide.ts';
import { copySchema, type CreateCopyBody } from '../../shared/schemas/copy.ts';
import { apiFetch } from './apiFetch.ts';
import { documentJsonSchema } from './documentJson.ts';

const guidePath = (guideId: string) => `/api/guides/${encodeURIComponent(guideId)}`;


export function fetchGuides() {
  return apiFetch('/api/guides', z.array(guideSummarySchema));
}

export function fetchGuide(guideId: string) {
  return apiFetch(guidePath(guideId), guideSchema);
}

export function createGuide(body: CreateGuideBody) {
  return apiFetch('/api/guides', guideSchema, { method: 'POST', body });
}

/** 提交审稿 / 结束研讨 / 定稿 / 重新修订: the guide as it is after the step. */
export function transitionGuide(guideId: string, body: TransitionBody) {
  return apiFetch(`${guidePath(guideId)}/transitions`, guideSchema, { method: 'POST', body });
}

/** A guide's content: the living document (version null) or a saved version (初稿, 研讨稿, 定稿 vN). */
export function fetchGuideContent(guideId: string, version: number | null) {
  const query = version === null ? '' : `?version=${encodeURIComponent(String(version))}`;
  return apiFetch(`${guidePath(guideId)}/content${query}`, documentJsonSchema);
}

/** 二次备课: a copy of the latest final for one of the teacher's classes. */
export function createClassCopy(guideId: string, body: CreateCopyBody) {
  return apiFetch(`${guidePath(guideId)}/copies`, copySchema, { method: 'POST', body });
}
