import type { SourceParagraph } from '../sourceElements.ts';

/** The paragraph has one of these Word styles (by name or id). */
export function hasStyle(paragraph: SourceParagraph, names: readonly string[]): boolean {
  return paragraph.styleName !== null && names.includes(paragraph.styleName);
}
