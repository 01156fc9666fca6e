import { z } from 'zod';

/**
 * What a diff compares: `guide:<id>` (the live guide), `guide:<id>@<n>` (its saved version n)
 * or `copy:<id>` (a class copy, live).
 */
export type DocumentRef =
  | { kind: 'guide'; guideId: string; version: number | null }
  | { kind: 'copy'; copyId: string };

const refPattern = /^(guide|copy):([A-Za-z0-9_-]{1,64})(?:@([1-9][0-9]{0,5}))?$/;

/** Reads a ref string; null when it is not one. */
export function parseDocumentRef(text: string): DocumentRef | null {
  const match = refPattern.exec(text);
  if (!match) return null;
  const [, kind, id, version] = match;
  if (kind === 'copy') return version === undefined ? { kind: 'copy', copyId: id } : null;
  return { kind: 'guide', guideId: id, version: version === undefined ? null : Number(version) };
}

/** The ref string of a document, as GET /api/diff takes it. */
export function formatDocumentRef(ref: DocumentRef): string {
  if (ref.kind === 'copy') return `copy:${ref.copyId}`;
  return ref.version === null ? `guide:${ref.guideId}` : `guide:${ref.guideId}@${ref.version}`;
}

export const documentRefSchema = z.string().transform((text, context) => {
  const ref = parseDocumentRef(text);
  if (!ref) {
    context.addIssue({
      code: 'custom',
      message: 'expected guide:<id>, guide:<id>@<version> or copy:<id>',
    });
    return z.NEVER;
  }
  return ref;
});

/** GET /api/diff?from=<ref>&to=<ref>. */
export const diffQuerySchema = z.object({ from: documentRefSchema, to: documentRefSchema });
export type DiffQuery = z.infer<typeof diffQuerySchema>;
