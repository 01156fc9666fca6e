import { readFileSync } from 'node:fs';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { atomPlaceholder, blockText } from '../../shared/diff/blockText.ts';
import { contentFragmentName, jsonToYDoc, normaliseGuideJson } from '../../shared/editor/schema.ts';
import { blockChars } from '../../server/collab/diffAuthors.ts';
import { block, doc, para, question, teacherNote } from '../helpers/guideBuilders.ts';

const demoGuide = JSON.parse(readFileSync(new URL('../../server/seed/demoGuide.json', import.meta.url), 'utf8')) as JSONContent;

/** A guide with everything that puts text or atoms in a block: marks, breaks, formulas, figures, blanks, notes, answers. */
const richGuide = doc(
  block('self', 'selfStudy', [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '重点：', marks: [{ type: 'bold' }] },
        { type: 'text', text: '化简 ' },
        { type: 'inlineMath', attrs: { latex: '\\frac{1}{2}' } },
        { type: 'hardBreak' },
        { type: 'text', text: 'x', marks: [{ type: 'italic' }] },
        { type: 'text', text: '2', marks: [{ type: 'superscript' }] },
        { type: 'blank', attrs: { answer: '3', width: null } },
      ],
    },
    { type: 'blockMath', attrs: { latex: 'a^2+b^2=c^2' } },
    teacherNote('n1', '这里多举一例'),
    para(),
    { type: 'image', attrs: { src: `/api/files/${'c'.repeat(64)}`, alt: '坐标系', title: null, width: null, height: null } },
    para('观察图象。'),
  ]),
  block('check', 'check', [question('q1', '下列函数中，哪些是一次函数？', { tier: 'A', answer: '①③' }), question('q2', '求解析式。')]),
);

/** Each block's characters read from the Yjs tree must be the diff text's, one for one. */
function expectSameReading(json: JSONContent) {
  const normalised = normaliseGuideJson(json);
  const ydoc = jsonToYDoc(normalised);
  const elements = ydoc.getXmlFragment(contentFragmentName).toArray();
  expect(elements).toHaveLength(normalised.content!.length);
  normalised.content!.forEach((node, index) => {
    const { text } = blockText(node, { atoms: true });
    const chars = blockChars(elements[index] as Y.XmlElement);
    expect({ block: index, length: chars.length }).toEqual({ block: index, length: text.length });
    // Line breaks are the diff's own; every other character is an item of the document.
    [...text].forEach((character, position) => {
      if (character === '\n') return;
      expect(chars[position], `block ${index} character ${position} (${character})`).not.toBeNull();
    });
  });
}

describe('who wrote what: the Yjs reading of a block matches the diff text', () => {
  it('on the seeded guide', () => {
    expectSameReading(demoGuide);
  });

  it('on a block with marks, breaks, formulas, a figure, a blank, a note and answers', () => {
    expectSameReading(richGuide);
    const text = blockText(normaliseGuideJson(richGuide).content![0], { atoms: true }).text;
    expect(text.split(atomPlaceholder)).toHaveLength(5);
    expect(text).not.toContain('这里多举一例');
  });

  it('gives each character the item that holds it, so an edit is found where it was typed', () => {
    const ydoc = jsonToYDoc(normaliseGuideJson(doc(block('a', 'section', [para('一次函数')]))));
    const element = ydoc.getXmlFragment(contentFragmentName).get(0) as Y.XmlElement;
    const before = blockChars(element);
    const text = (element.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(2, '（新）');
    const after = blockChars(element);
    expect(after).toHaveLength(before.length + 3);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after.slice(5)).toEqual(before.slice(2));
    // The three new characters are the newest items, not any of the old ones.
    const newestBefore = Math.max(...before.map((id) => id!.clock));
    expect(after.slice(2, 5).map((id) => id!.clock > newestBefore)).toEqual([true, true, true]);
  });
});
