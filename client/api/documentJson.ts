import { z } from 'zod';

/** ProseMirror JSON as the API returns it; the editor and the print page check it against the schema. */
export const documentJsonSchema = z.object({ type: z.string() }).passthrough();
