import type { z } from 'zod';
import { importPreviewSchema, type ImportBlockChoice } from '../../../shared/schemas/docxImport.ts';
import { compactGuideHeader, type GuideHeaderFields } from '../../../shared/schemas/guideHeader.ts';
import { guideSchema } from '../../../shared/schemas/guide.ts';
import { apiFetch } from '../../api/apiFetch.ts';

export interface ImportRequest {
  file: File;
  groupId: string;
  title?: string;
  leadDrafterId?: string;
  /** The kind and role of each block as set in the preview. */
  blocks?: ImportBlockChoice[];
  period?: string;
  unit?: string;
  /** The header fields as corrected in the preview. */
  header?: GuideHeaderFields;
  /** Import into this assigned lesson (its lead drafter) instead of creating a guide. */
  guideId?: string;
}

/** Posts the file as multipart/form-data (apiFetch sends JSON only) and parses the answer with the shared schema. */
async function postForm<Schema extends z.ZodType>(path: string, request: ImportRequest, schema: Schema): Promise<z.infer<Schema>> {
  const form = new FormData();
  form.append('groupId', request.groupId);
  if (request.title?.trim()) form.append('title', request.title.trim());
  if (request.leadDrafterId) form.append('leadDrafterId', request.leadDrafterId);
  if (request.blocks) form.append('blocks', JSON.stringify(request.blocks));
  if (request.period?.trim()) form.append('period', request.period.trim());
  if (request.unit?.trim()) form.append('unit', request.unit.trim());
  if (request.header) form.append('header', JSON.stringify(compactGuideHeader(request.header)));
  if (request.guideId) form.append('guideId', request.guideId);
  form.append('file', request.file, request.file.name);
  return apiFetch(path, schema, { method: 'POST', body: form });
}

/** What the guide would look like: the mapped blocks, nothing created. */
export function previewImport(request: ImportRequest) {
  return postForm('/api/import/docx/preview', request, importPreviewSchema);
}

/** 创建导学案 from the file: the new guide (or, with guideId, the assigned lesson it went into). */
export function createImport(request: ImportRequest) {
  return postForm('/api/import/docx', request, guideSchema);
}
