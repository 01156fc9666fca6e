import type { JSONContent } from '@tiptap/core';
import { createId } from '../../shared/editor/createId.ts';
import type { HeaderFields } from '../../shared/import/headerFields.ts';
import { defaultLabelSynonyms, type LabelSynonyms } from '../../shared/import/labelMapping.ts';
import type { ImportedBlock } from '../../shared/schemas/docxImport.ts';
import type { BlockDraft } from './assemble/blockDraft.ts';
import { GuideAssembler } from './assemble/guideAssembler.ts';
import { nodeText } from './assemble/nodeText.ts';
import { bookmarkKind } from './classify/bookmarkKind.ts';
import { classifySourceElement } from './classify/classifySourceElement.ts';
import { plainText, type SourceElement } from './sourceElements.ts';
import { unfoldLayoutTables } from './unfoldLayoutTables.ts';

/** What the importer made of a Word file: the guide's content and what it found on the way. */
export interface GuideFromSource {
  content: JSONContent;
  blocks: ImportedBlock[];
  header: HeaderFields;
  /** Title-like lines before the first block (headings, 第十九章 一次函数 …). */
  titleLines: string[];
}

/**
 * Maps a Word guide's lines onto the guide's blocks, in two steps: each element is classified
 * (`classify/`: a label opening a block, a header field, a question, an answer, a teacher's
 * note, plain content …) knowing only where the assembly stands, then the assembler
 * (`assemble/`) builds the blocks. Labels open blocks (through the school's synonym
 * dictionary); numbered lines become questions, with tiers from their marks or from a tier
 * heading above them; ruled lines become answer lines; 【答案】 lines become answers. Anything
 * that does not map is kept: lines before the first label go to a generic section, unmapped
 * numbered headings become sections of their own, everything else stays a paragraph.
 */
export function guideFromSource(sourceElements: SourceElement[], synonyms: LabelSynonyms = defaultLabelSynonyms): GuideFromSource {
  const elements = unfoldLayoutTables(sourceElements);
  const fromOurExport = elements.some((element) => element.type === 'paragraph' && bookmarkKind(element) !== null);
  const assembler = new GuideAssembler(fromOurExport);
  elements.forEach((element, index) => {
    const context = { ...assembler.state(), fromOurExport, synonyms, nextLineText: () => nextLineText(elements, index) };
    assembler.add(classifySourceElement(element, context));
  });
  const { blocks, header, titleLines } = assembler.finish();
  return { content: guideContent(blocks), blocks: blocks.map(importedBlock), header, titleLines };
}

/** The text of the first non-empty line after `index`; empty when a table or the end comes first. */
function nextLineText(elements: SourceElement[], index: number): string {
  for (let next = index + 1; next < elements.length; next += 1) {
    const element = elements[next];
    if (element.type !== 'paragraph') return '';
    const text = plainText(element).trim();
    if (text) return text;
  }
  return '';
}

function guideContent(blocks: BlockDraft[]): JSONContent {
  return {
    type: 'doc',
    content: blocks.map((block) => ({
      type: block.kind,
      attrs: { id: createId(), title: block.title, minutes: block.minutes, audience: block.audience },
      content: block.nodes.length > 0 ? block.nodes : [{ type: 'paragraph' }],
    })),
  };
}

function importedBlock(block: BlockDraft): ImportedBlock {
  return {
    kind: block.kind,
    title: block.title,
    minutes: block.minutes,
    audience: block.audience,
    mapped: block.mapped,
    sourceLabel: block.sourceLabel,
    questionCount: block.questions,
    tiers: block.tiers,
    excerpt: excerptOf(block.nodes),
  };
}

function excerptOf(nodes: JSONContent[]): string {
  const text = nodes
    .map((node) => nodeText(node))
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
