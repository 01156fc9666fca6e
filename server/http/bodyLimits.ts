import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { maxStoredFileBytes } from '../../shared/schemas/file.ts';
import { maxDocxBytes } from '../import/checkDocxFile.ts';

/** The largest JSON body any route takes (a comment, a guide's fields, a synonym list). */
export const maxJsonBodyBytes = 1024 * 1024;

/** Room for the form's text fields and multipart boundaries next to the uploaded file. */
export const formOverheadBytes = 64 * 1024;

/** Paths that take multipart uploads, with their own larger limit. */
const uploadPaths = ['/api/import/'];

const jsonLimit = bodyLimit({
  maxSize: maxJsonBodyBytes,
  onError: (context) =>
    context.json({ error: { code: 'payload_too_large', message: `Request body over ${maxJsonBodyBytes} bytes` } }, 413),
});

const uploadLimit = bodyLimit({
  maxSize: maxDocxBytes + formOverheadBytes,
  onError: (context) =>
    context.json(
      { error: { code: 'file_too_large', message: `文件超过 ${maxDocxBytes / 1024 / 1024} MB 的上限，请压缩图片或拆分后再导入` } },
      413,
    ),
});

/** Pictures for figures (POST /api/files): their own limit, refused in words about pictures. */
const filesPath = '/api/files';

const filesLimit = bodyLimit({
  maxSize: maxStoredFileBytes + formOverheadBytes,
  onError: (context) =>
    context.json(
      { error: { code: 'file_too_large', message: `图片超过 ${maxStoredFileBytes / 1024 / 1024} MB 的上限，请压缩后再插入` } },
      413,
    ),
});

/**
 * Every request's body is counted as it arrives and refused with 413 once it passes its
 * route's limit, whether or not it declared a Content-Length (hono's body-limit trusts a
 * declared length, which Node's parser enforces, and counts chunked bodies byte by byte).
 * Nothing past the limit is kept; the rest of the upload is drained and dropped.
 */
export function requestBodyLimits(): MiddlewareHandler {
  return (context, next) => {
    const path = context.req.path;
    if (path === filesPath || path.startsWith(`${filesPath}/`)) return filesLimit(context, next);
    const upload = uploadPaths.some((prefix) => path.startsWith(prefix));
    return (upload ? uploadLimit : jsonLimit)(context, next);
  };
}
