import { createHash } from 'node:crypto';
import { fileUrlPrefix } from '../../shared/editor/nodes/figure.ts';
import type { StoredFileType } from '../../shared/schemas/file.ts';
import { pictureType } from '../commands/fileStorer.ts';
import { readDocumentXml } from './ooxml/readDocumentXml.ts';
import type { SourceElement, SourceParagraph } from './sourceElements.ts';

/** A picture of the document, to be stored in the school's files when the guide is created. */
export interface ImportedFigure {
  sha256: string;
  type: StoredFileType;
  bytes: Uint8Array;
}

/** What the importer learned besides the content: things it had to leave out. */
export interface DocxSource {
  elements: SourceElement[];
  /** Readable notes for the preview, e.g. that some pictures could not be imported. */
  warnings: string[];
  /** The pictures the figures show, by the SHA-256 their `src` names. */
  figures: Map<string, ImportedFigure>;
}

function eachParagraph(elements: SourceElement[], visit: (paragraph: SourceParagraph) => void): void {
  for (const element of elements) {
    if (element.type === 'paragraph') visit(element);
    else for (const row of element.rows) for (const cell of row) eachParagraph(cell.elements ?? cell.paragraphs, visit);
  }
}

/**
 * Reads the unpacked parts of a .docx itself (document.xml with its styles, numbering and
 * relationships) into lines and tables: Word's automatic numbers rendered as text, equations
 * as LaTeX, pictures as figures whose bytes are kept (PNG, JPEG, GIF, WebP; others are left
 * out with a warning), tracked changes accepted. Throws for a document part it cannot read
 * (the caller turns that into 422).
 */
export function readDocxSource(files: Map<string, Uint8Array>): DocxSource {
  const source = readDocumentXml(files);
  const figures = new Map<string, ImportedFigure>();
  const byPart = new Map<string, string | null>();
  for (const part of source.figureParts) {
    const bytes = files.get(part);
    const type = bytes ? pictureType(bytes) : null;
    if (!bytes || !type) {
      byPart.set(part, null);
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    figures.set(sha256, { sha256, type, bytes });
    byPart.set(part, `${fileUrlPrefix}${sha256}`);
  }
  let skipped = 0;
  eachParagraph(source.elements, (paragraph) => {
    if (!paragraph.figure) return;
    const src = byPart.get(paragraph.figure.part) ?? null;
    if (src) paragraph.figure = { ...paragraph.figure, part: src };
    else {
      skipped += 1;
      delete paragraph.figure;
    }
  });
  const warnings = skipped > 0 ? [`文档中的 ${skipped} 张图片格式无法导入（只支持 PNG、JPEG、GIF、WebP），请在编辑器中重新插入。`] : [];
  return { elements: source.elements, warnings, figures };
}
