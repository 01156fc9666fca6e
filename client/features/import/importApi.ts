import type { z } from 'zod';
import { apiErrorSchema } from '../../../shared/schemas/apiError.ts';
import { importPreviewSchema } from '../../../shared/schemas/docxImport.ts';
import { guideSchema } from '../../../shared/schemas/guide.ts';
import { ApiRequestError } from '../../api/ApiRequestError.ts';

export interface ImportRequest {
  file: File;
  groupId: string;
  title?: string;
  leadDrafterId?: string;
}

/** Posts the file as multipart/form-data (apiFetch sends JSON only) and parses the answer with the shared schema. */
async function postForm<Schema extends z.ZodType>(path: string, request: ImportRequest, schema: Schema): Promise<z.infer<Schema>> {
  const form = new FormData();
  form.append('groupId', request.groupId);
  if (request.title?.trim()) form.append('title', request.title.trim());
  if (request.leadDrafterId) form.append('leadDrafterId', request.leadDrafterId);
  form.append('file', request.file, request.file.name);
  const headers: Record<string, string> = { Accept: 'application/json' };

  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiRequestError(0, 'network', 'network error');
  }
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(data);
    if (parsed.success) throw new ApiRequestError(response.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.path);
    throw new ApiRequestError(response.status, `http_${response.status}`, response.statusText || 'request failed');
  }
  return schema.parse(data);
}

/** What the guide would look like: the mapped blocks, nothing created. */
export function previewImport(request: ImportRequest) {
  return postForm('/api/import/docx/preview', request, importPreviewSchema);
}

/** 创建导学案 from the file: the new guide. */
export function createImport(request: ImportRequest) {
  return postForm('/api/import/docx', request, guideSchema);
}
