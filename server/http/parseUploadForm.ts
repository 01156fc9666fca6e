import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from '../errors.ts';
import { formOverheadBytes } from './bodyLimits.ts';

export interface UploadForm<Fields> {
  fields: Fields;
  file: Uint8Array;
  fileName: string;
}


function invalid(message: string, path: string[]): ApiError {
  return new ApiError(400, 'invalid_body', `${path.join('.')}: ${message}`, path);
}

/**
 * Reads a multipart upload: one `file` and text fields parsed with a zod schema. 415 when the
 * request is not multipart, 413 when the body or the file is over the limit (checked from the
 * headers before anything is read, then on the file itself), 400 with the field's path for a
 * missing file or a bad field.
 */
export async function parseUploadForm<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
  maxFileBytes: number,
): Promise<UploadForm<z.infer<Schema>>> {
  const type = context.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new ApiError(415, 'unsupported_media_type', '请以 multipart/form-data 上传文件（字段 file）');
  }
  const tooLarge = new ApiError(413, 'file_too_large', `文件超过 ${maxFileBytes / 1024 / 1024} MB 的上限，请压缩图片或拆分后再导入`);
  if (Number(context.req.header('content-length') ?? 0) > maxFileBytes + formOverheadBytes) throw tooLarge;

  let body: Record<string, string | File | (string | File)[]>;
  try {
    body = await context.req.parseBody({ all: true });
  } catch {
    throw new ApiError(400, 'invalid_body', '无法读取上传的表单');
  }
  const file = body.file;
  if (!(file instanceof File)) throw invalid('请选择要导入的 Word 文件', ['file']);
  if (file.size > maxFileBytes) throw tooLarge;

  const textFields: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === 'file') continue;
    if (typeof value !== 'string') throw invalid('应为文本', [name]);
    textFields[name] = value;
  }
  const result = schema.safeParse(textFields);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.map((part) => String(part));
    throw invalid(issue.message, path.length > 0 ? path : ['body']);
  }
  return { fields: result.data, file: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}
