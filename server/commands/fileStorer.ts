import { createHash } from 'node:crypto';
import { maxStoredFileBytes, type StoredFile, type StoredFileType } from '../../shared/schemas/file.ts';
import type { AppContext } from '../appContext.ts';
import { findUserSchoolIds, insertFileOnce } from '../db/repos/files.ts';
import { ApiError } from '../errors.ts';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/**
 * The picture type of a file from its first bytes (its magic number), or null when it is none
 * of PNG, JPEG, GIF and WebP. The file's name and the type the browser declared play no part.
 */
export function pictureType(bytes: Uint8Array): StoredFileType | null {
  // PNG: the 8-byte signature, then the IHDR chunk that must come first.
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(bytes, ascii('IHDR'), 12)) return 'image/png';
  // JPEG: start of image, then the next marker.
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  // WebP: a RIFF container of form WEBP whose first chunk is VP8 , VP8L or VP8X.
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8) && startsWith(bytes, ascii('VP8'), 12)) {
    const variant = bytes[15];
    if (variant === 0x20 || variant === 0x4c || variant === 0x58) return 'image/webp';
  }
  return null;
}

export interface FileStorerProps {
  app: Pick<AppContext, 'database'>;
  actorId: string;
  bytes: Uint8Array;
}

/**
 * Stores a picture a teacher uploads for a figure, in the database of their school, keyed by
 * the SHA-256 of its bytes (the same picture twice is one row). Refuses anything that is not a
 * PNG, JPEG, GIF or WebP by its bytes (415) and anything over 10 MB (413), storing nothing.
 */
export async function fileStorer({ app, actorId, bytes }: FileStorerProps): Promise<StoredFile> {
  if (bytes.byteLength > maxStoredFileBytes) {
    throw new ApiError(413, 'file_too_large', `图片超过 ${maxStoredFileBytes / 1024 / 1024} MB 的上限，请压缩后再插入`);
  }
  const type = pictureType(bytes);
  if (!type) {
    throw new ApiError(415, 'unsupported_file_type', '只能插入 PNG、JPEG、GIF 或 WebP 图片（按文件内容判断，与文件名无关）');
  }
  const [schoolId] = await findUserSchoolIds(app.database.db, actorId);
  if (!schoolId) throw new ApiError(403, 'forbidden', '你还不属于任何学校，不能上传图片');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await insertFileOnce(app.database.db, { sha256, schoolId, type, bytes, createdBy: actorId });
  return { url: `/api/files/${sha256}`, sha256, size: bytes.byteLength, type };
}
