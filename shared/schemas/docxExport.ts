import { z } from 'zod';
import { editionKinds } from '../edition/edition.ts';
import { paperKinds } from '../edition/paperSizes.ts';

/** The query of GET /api/guides/:id/export.docx and /api/copies/:id/export.docx. */
export const docxExportQuerySchema = z.object({
  edition: z.enum(editionKinds).default('student'),
  /** A saved version of the guide instead of the living document (guides only). */
  version: z.coerce.number().int().min(1).optional(),
  paper: z.enum(paperKinds).default('a4'),
});
export type DocxExportQuery = z.infer<typeof docxExportQuerySchema>;

/** The MIME type of a .docx file. */
export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
