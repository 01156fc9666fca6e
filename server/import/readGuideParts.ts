import type { JSONContent } from '@tiptap/core';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import type { LabelSynonyms } from '../../shared/import/labelMapping.ts';
import type { ImportedBlock } from '../../shared/schemas/docxImport.ts';
import { ApiError } from '../errors.ts';
import { emptyFileMessage } from './checkDocxFile.ts';
import { guideFromSource } from './guideFromSource.ts';
import { importedGuideFacts, type ImportedGuideFacts } from './importedGuideFacts.ts';
import { readDocxSource, type ImportedFigure } from './readDocxSource.ts';
import { plainText, type SourceElement } from './sourceElements.ts';

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
 * The CPU-bound half of an import: parses the unpacked XML parts, classifies and assembles
 * the blocks, checks the result against the schema and reads the header. Synchronous and
 * pure; the server runs it on a worker thread (readGuideDocxInWorker). Throws an ApiError
 * (422) for a file without content, a `corrupt_file` ApiError for XML it cannot read.
 */
export function readGuideParts(files: Map<string, Uint8Array>, synonyms: LabelSynonyms): ReadGuide {
  let source;
  try {
    source = readDocxSource(files);
  } catch {
    throw new ApiError(422, 'corrupt_file', '文件已损坏或不是有效的 Word 文档，无法读取');
  }
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
