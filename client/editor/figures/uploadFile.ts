import { z } from 'zod';
import { apiFetch } from '../../api/apiFetch.ts';

/** The answer of `POST /api/files` (contract: `{ url, sha256, size, type }`); only `url` is needed here. */
const uploadedFileSchema = z.object({ url: z.string().startsWith('/api/files/') }).loose();

/** Picture types the server accepts (it checks the bytes; this only spares a pointless upload). */
export const figureTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Largest picture the server accepts. */
export const maxFigureBytes = 10 * 1024 * 1024;

/**
 * Uploads a picture to `POST /api/files` (multipart field `file`) and returns the URL the
 * figure's `src` takes (`/api/files/<sha256>`). Errors are ApiRequestError with the server's
 * code: 415 for a file that is not a picture, 413 for one that is too large.
 */
export async function uploadFile(file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file, file.name || 'figure');
  // The session cookie authenticates, as for every call of the web client.
  return (await apiFetch('/api/files', uploadedFileSchema, { method: 'POST', body: form })).url;
}
