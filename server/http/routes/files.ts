import { Hono } from 'hono';
import { z } from 'zod';
import { maxStoredFileBytes, sha256Schema } from '../../../shared/schemas/file.ts';
import { fileStorer } from '../../commands/fileStorer.ts';
import { findSchoolFile, findUserSchoolIds } from '../../db/repos/files.ts';
import { ApiError, notFound } from '../../errors.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { parseUploadForm } from '../parseUploadForm.ts';
import { requireUser, signedIn } from '../session.ts';

/** A year: a file's address is the hash of its bytes, so what it serves never changes. */
const immutableCache = 'private, max-age=31536000, immutable';

const extensions: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** The upload form's own refusals, in words about pictures rather than Word imports. */
function asPictureRefusal(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.code === 'file_too_large') {
    return new ApiError(413, 'file_too_large', `图片超过 ${maxStoredFileBytes / 1024 / 1024} MB 的上限，请压缩后再插入`);
  }
  if (error.code === 'invalid_body' && error.path?.[0] === 'file') {
    return new ApiError(400, 'invalid_body', 'file: 请选择要插入的图片', ['file']);
  }
  return error;
}

/**
 * Pictures in guides (figures): `POST /api/files` stores one for the teacher's school,
 * `GET /api/files/:sha256` serves it to logged-in members of that school (everyone else gets
 * the same 404 as for a file that does not exist).
 */
export function fileRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  // The body is counted as it arrives with the files limit (server/http/bodyLimits.ts).
  routes.post('/', signedIn, async (context) => {
    const user = requireUser(context);
    const upload = await parseUploadForm(context, z.object({}), maxStoredFileBytes).catch((error: unknown) => {
      throw asPictureRefusal(error);
    });
    return context.json(await fileStorer({ app, actorId: user.id, bytes: upload.file }), 201);
  });

  routes.get('/:sha256', signedIn, async (context) => {
    const user = requireUser(context);
    const sha256 = context.req.param('sha256');
    if (!sha256Schema.safeParse(sha256).success) {
      throw new ApiError(400, 'invalid_sha256', 'sha256: 应为 64 位小写十六进制数字', ['sha256']);
    }
    const file = await findSchoolFile(db, sha256, await findUserSchoolIds(db, user.id));
    if (!file) throw notFound('File');
    const headers = {
      'Content-Type': file.type,
      'Content-Disposition': `inline; filename="${sha256}.${extensions[file.type] ?? 'bin'}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': immutableCache,
      ETag: `"${sha256}"`,
    };
    if (context.req.header('if-none-match') === `"${sha256}"`) return context.body(null, 304, headers);
    return context.body(new Uint8Array(file.bytes), 200, { ...headers, 'Content-Length': String(file.bytes.byteLength) });
  });

  return routes;
}
