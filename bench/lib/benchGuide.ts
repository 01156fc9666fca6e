// The guides the browser benchmark opens: about 30 printed A4 pages, made of the seeded
// 一次函数 guide (four pages) repeated with fresh block ids. The rich variant carries 300
// formulas and 30 figures; the plain variant is the same guide with each formula written out
// as its LaTeX text and each figure as a line of text (issue 14's comparison).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { repoRoot } from './servers.ts';

/** The seeded guide prints on four A4 pages; 7.5 copies print on about 30. */
const halfCopies = 15;
export const benchFormulas = 300;
export const benchFigures = 30;
/** The last paragraph of every bench guide: the page knows the whole guide is on screen when it shows. */
export const endMarker = '（全文完）';

/** Formulas as 数学, 物理 and 化学 guides write them. */
const formulas = [
  '\\frac{a+b}{2}',
  '\\sqrt{x^2+y^2}',
  'y=kx+b\\ (k\\neq 0)',
  'x_1+x_2=-\\frac{b}{a}',
  '\\angle A+\\angle B=90^{\\circ}',
  '\\mathrm{2H_2+O_2\\xrightarrow{点燃}2H_2O}',
  'v=\\frac{s}{t}',
  '\\left|a-b\\right|\\leq 3',
  'S_{\\triangle ABC}=\\frac{1}{2}ah',
  '\\mathrm{Fe^{3+}+3OH^-\\rightarrow Fe(OH)_3\\downarrow}',
];

function withSuffix(node: JSONContent, suffix: string): JSONContent {
  const attrs = node.attrs && 'id' in node.attrs && node.attrs.id ? { ...node.attrs, id: `${node.attrs.id}${suffix}` } : node.attrs;
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map((child) => withSuffix(child, suffix)) } : {}) };
}

function thirtyPages(): JSONContent[] {
  const demo = JSON.parse(readFileSync(path.join(repoRoot, 'server/seed/demoGuide.json'), 'utf8')) as JSONContent;
  const blocks = demo.content ?? [];
  const half = Math.ceil(blocks.length / 2);
  const out: JSONContent[] = [];
  for (let copy = 0; copy < halfCopies; copy += 1) {
    const part = copy % 2 === 0 ? blocks.slice(0, half) : blocks.slice(half);
    out.push(...part.map((block) => withSuffix(block, `-b${copy}`)));
  }
  return out;
}

/** Walks the tree, giving `visit` each node with its parent's content array. */
function walk(node: JSONContent, visit: (node: JSONContent) => void): void {
  visit(node);
  node.content?.forEach((child) => walk(child, visit));
}

export type BenchGuideKind = 'plain' | 'rich' | 'standard';

/**
 * `standard`: the 30-page guide as it is (what goal 4 opens); `rich`: with 300 inline formulas
 * and 30 figures (`figureSrc`); `plain`: the same with formulas and figures as text.
 */
export function benchGuide(kind: BenchGuideKind, figureSrc = ''): JSONContent {
  const blocks = thirtyPages();
  const doc: JSONContent = { type: 'doc', content: blocks };
  if (kind !== 'standard') {
    const paragraphs: JSONContent[] = [];
    const questions: JSONContent[] = [];
    walk(doc, (node) => {
      if (node.type === 'paragraph' && node.content?.some((child) => child.type === 'text')) paragraphs.push(node);
      if (node.type === 'question') questions.push(node);
    });
    for (let index = 0; index < benchFormulas; index += 1) {
      const paragraph = paragraphs[index % paragraphs.length];
      const latex = formulas[index % formulas.length];
      paragraph.content!.push(
        { type: 'text', text: ' ' },
        kind === 'rich' ? { type: 'inlineMath', attrs: { latex } } : { type: 'text', text: latex },
      );
    }
    const step = Math.max(1, Math.floor(questions.length / benchFigures));
    for (let index = 0; index < benchFigures; index += 1) {
      const question = questions[(index * step) % questions.length];
      const figure =
        kind === 'rich'
          ? { type: 'image', attrs: { src: figureSrc, alt: `图${index + 1}`, width: 240 } }
          : { type: 'paragraph', content: [{ type: 'text', text: `图${index + 1}：坐标系中的一次函数图象` }] };
      question.content!.splice(1, 0, figure);
    }
  }
  // The end marker closes the last block, so "the whole guide is on screen" is one text search.
  const last = blocks[blocks.length - 1];
  last.content!.push({ type: 'paragraph', content: [{ type: 'text', text: endMarker }] });
  return doc;
}
