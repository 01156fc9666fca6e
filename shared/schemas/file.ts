import { z } from 'zod';

/** The picture types a guide's figures may be, as read from their bytes. */
export const storedFileTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type StoredFileType = (typeof storedFileTypes)[number];

/** The largest picture `POST /api/files` stores. */
export const maxStoredFileBytes = 10 * 1024 * 1024;

/** A SHA-256 as the file routes write it: 64 lowercase hex digits. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256: 64 lowercase hex digits');

/** `POST /api/files` (multipart `file`) → where the file is served, its SHA-256, size and type. */
export const storedFileSchema = z.object({
  url: z.string().regex(/^\/api\/files\/[0-9a-f]{64}$/),
  sha256: sha256Schema,
  size: z.number().int().positive().max(maxStoredFileBytes),
  type: z.enum(storedFileTypes),
});
export type StoredFile = z.infer<typeof storedFileSchema>;
