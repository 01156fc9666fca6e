import type { JSONContent } from '@tiptap/core';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import type { LabelSynonyms } from '../../shared/import/labelMapping.ts';
import type { ImportedBlock } from '../../shared/schemas/docxImport.ts';
import { ApiError } from '../errors.ts';
import { checkDocxFile, emptyFileMessage } from './checkDocxFile.ts';
import { guideFromSource } from './guideFromSource.ts';
import { importedGuideFacts, type ImportedGuideFacts } from './importedGuideFacts.ts';
import { plainText, type SourceElement } from './sourceElements.ts';
import type { ImportedFigure } from './readDocxSource.ts';
import { unpackDocx } from './unpackDocx.ts';

/** A Word guide read and mapped: the content to create the guide with, and what the preview shows. */
export interface ReadGuide {
  /** ProseMirror JSON, valid for the schema. */
  content: JSONContent;
  blocks: ImportedBlock[];
  facts: ImportedGuideFacts;
  warnings: string[];
  /** The pictures the content's figures show, to store in the school's files with the guide. */
  figures: ImportedFigure[];
}

function hasText(elements: SourceElement[]): boolean {
  return elements.some((element) =>
    element.type === 'paragraph'
      ? plainText(element).trim() !== ''
      : element.rows.some((row) => row.some((cell) => cell.paragraphs.some((paragraph) => plainText(paragraph).trim() !== ''))),
  );
}

/**
 * Checks an uploaded file, unpacks it within limits, reads its XML parts and maps it onto
 * the guide's blocks with the school's label dictionary. Every failure is an ApiError with a
 * readable message (413, 415, 422, 429); nothing is written anywhere.
 */
export async function readGuideDocx(bytes: Uint8Array, synonyms: LabelSynonyms): Promise<ReadGuide> {
  const source = await unpackDocx(bytes, checkDocxFile(bytes));
  if (!hasText(source.elements)) throw new ApiError(422, 'empty_document', emptyFileMessage);
  const mapped = guideFromSource(source.elements, synonyms);
  if (mapped.blocks.length === 0) throw new ApiError(422, 'empty_document', `${emptyFileMessage}：没有找到标题以外的正文`);
  let content: JSONContent;
  try {
    content = normaliseGuideJson(mapped.content);
  } catch {
    throw new ApiError(422, 'unreadable_content', '文件内容无法转换为导学案');
  }
  const warnings = [...source.warnings];
  const unmapped = mapped.blocks.filter((block) => !block.mapped).length;
  if (unmapped > 0) warnings.push(`有 ${unmapped} 个模块的标题不在标签词典中，已作为“其他”模块保留。`);
  return { content, blocks: mapped.blocks, facts: importedGuideFacts(mapped.header, mapped.titleLines), warnings, figures: figuresUsed(content, source.figures) };
}

/** The pictures the content still shows (a figure of a dropped part is not stored). */
function figuresUsed(content: JSONContent, figures: Map<string, ImportedFigure>): ImportedFigure[] {
  const used = new Set<string>();
  const visit = (node: JSONContent) => {
    const src = node.type === 'image' ? node.attrs?.src : null;
    if (typeof src === 'string') used.add(src.slice(src.lastIndexOf('/') + 1));
    node.content?.forEach(visit);
  };
  visit(content);
  return [...figures.values()].filter((figure) => used.has(figure.sha256));
}
