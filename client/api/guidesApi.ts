import { z } from 'zod';
import {
  guideSchema,
  guideSummarySchema,
  type CreateGuideBody,
  type TransitionBody,
} from '../../shared/schemas/guide.ts';
import { copySchema, type CreateCopyBody } from '../../shared/schemas/copy.ts';
import { apiFetch } from './apiFetch.ts';

const guidePath = (guideId: string) => `/api/guides/${encodeURIComponent(guideId)}`;

/** ProseMirror JSON as the API returns it; the editor checks it against the schema. */
const documentJsonSchema = z.object({ type: z.string() }).passthrough();

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

/** The content of one saved version (初稿, 研讨稿, 定稿 vN), for the read-only version view. */
export function fetchGuideVersionContent(guideId: string, version: number) {
  return apiFetch(`${guidePath(guideId)}/content?version=${encodeURIComponent(String(version))}`, documentJsonSchema);
}

/** 二次备课: a copy of the latest final for one of the teacher's classes. */
export function createClassCopy(guideId: string, body: CreateCopyBody) {
  return apiFetch(`${guidePath(guideId)}/copies`, copySchema, { method: 'POST', body });
}
