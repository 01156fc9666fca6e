import type { EditionKind } from '../../../shared/edition/edition.ts';
import type { PaperKind } from '../../../shared/edition/paperSizes.ts';

export interface DocxTarget {
  kind: 'guide' | 'copy';
  id: string;
  version?: number | null;
}

/** The download link of a .docx (the session cookie authenticates it, so a plain link works). */
export function docxExportUrl(target: DocxTarget, edition: EditionKind, paper: PaperKind = 'a4'): string {
  const base = target.kind === 'guide' ? `/api/guides/${encodeURIComponent(target.id)}` : `/api/copies/${encodeURIComponent(target.id)}`;
  const query = new URLSearchParams({ edition });
  if (paper !== 'a4') query.set('paper', paper);
  if (target.kind === 'guide' && target.version) query.set('version', String(target.version));
  return `${base}/export.docx?${query.toString()}`;
}

/** The print preview page of a guide or class copy. */
export function printPageUrl(target: DocxTarget, edition: EditionKind): string {
  const base = target.kind === 'guide' ? `/guides/${encodeURIComponent(target.id)}/print` : `/copies/${encodeURIComponent(target.id)}/print`;
  const query = new URLSearchParams({ edition });
  if (target.kind === 'guide' && target.version) query.set('version', String(target.version));
  return `${base}?${query.toString()}`;
}
