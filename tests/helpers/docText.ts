import * as Y from 'yjs';
import { contentFragmentName } from '../../shared/editor/schema.ts';

function firstParagraph(element: Y.XmlElement): Y.XmlElement | null {
  for (const child of element.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === 'paragraph') return child;
    const nested = firstParagraph(child);
    if (nested) return nested;
  }
  return null;
}

/** The Y.XmlText of the first paragraph in a block (at any depth), created when the paragraph is empty. */
export function paragraphText(doc: Y.Doc, blockIndex: number): Y.XmlText {
  const block = doc.getXmlFragment(contentFragmentName).get(blockIndex) as Y.XmlElement;
  const paragraph = firstParagraph(block);
  if (!paragraph) throw new Error(`Block ${blockIndex} has no paragraph`);
  const first = paragraph.get(0);
  if (first instanceof Y.XmlText) return first;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

/** All text of a document, block by block. */
export function documentText(doc: Y.Doc): string {
  return doc.getXmlFragment(contentFragmentName).toString();
}
