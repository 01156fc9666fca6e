import { parseHeaderFields } from '../../../shared/import/headerFields.ts';
import type { SourceParagraph } from '../sourceElements.ts';
import type { ClassifiedElement } from './classifiedElement.ts';

/** A line before the first block: header fields, a title line, or null for content. */
export function classifyLooseLine(paragraph: SourceParagraph, text: string): ClassifiedElement | null {
  const fields = parseHeaderFields(text);
  if (fields) return { kind: 'headerFields', fields };
  if (isTitleLine(paragraph, text)) return { kind: 'titleLine', text };
  return null;
}

/** A line before any block that is part of the document's title: a heading, centred, or worded like one. */
function isTitleLine(paragraph: SourceParagraph, text: string): boolean {
  if (paragraph.list || text.length > 80) return false;
  if (paragraph.headingLevel !== null || paragraph.centered) return true;
  return /导学案|学案|第.{1,4}[章单元课]|Unit\s*\d/i.test(text);
}
