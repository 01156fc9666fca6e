import { loadedKatex } from './katexLoader.ts';
import { renderLatex } from './renderLatex.ts';

/** KaTeX's HTML by formula: a guide repeats its formulas, and a formula is drawn once per page. */
const rendered = new Map<string, string>();
/** The same, parsed once: a formula drawn again is a clone of these elements, not HTML parsed again. */
const parsed = new Map<string, DocumentFragment>();
const cacheLimit = 2000;

const cacheKey = (latex: string, display: boolean) => `${display ? 'D' : 'I'}${latex}`;

/**
 * A formula's HTML as the Formula component draws it (the formula's element around KaTeX's
 * output); kept once KaTeX has loaded, so a formula seen before is not laid out by KaTeX again.
 */
export function formulaHtml(latex: string, display: boolean): string {
  const key = cacheKey(latex, display);
  const known = rendered.get(key);
  if (known !== undefined) return known;
  const tag = display ? 'div' : 'span';
  const html = `<${tag} class="${display ? 'formula formula-display' : 'formula'}" data-latex="${escapeAttribute(latex)}">${renderLatex(latex, display)}</${tag}>`;
  if (loadedKatex()) {
    if (rendered.size >= cacheLimit) {
      rendered.clear();
      parsed.clear();
    }
    rendered.set(key, html);
  }
  return html;
}

/**
 * The formula's elements (what formulaHtml writes), new ones each call for the caller to
 * insert. Once KaTeX has loaded, each formula's HTML is parsed only once: opening a guide
 * draws hundreds of formulas, most of them repeated (x, y=kx+b, 90°…), and cloning parsed
 * elements costs a fraction of parsing the same HTML again.
 */
export function formulaNodes(latex: string, display: boolean): DocumentFragment {
  const key = cacheKey(latex, display);
  let nodes = parsed.get(key);
  if (nodes === undefined) {
    // Parsed in the page's own document (a <template>'s content lives in another one, and each
    // clone of it would be adopted into the page as it is inserted).
    const holder = document.createElement('div');
    holder.innerHTML = formulaHtml(latex, display);
    nodes = document.createDocumentFragment();
    nodes.append(...holder.childNodes);
    // Only KaTeX's rendering is kept; the source shown while it loads is drawn each time.
    if (!rendered.has(key)) return nodes;
    parsed.set(key, nodes);
  }
  return nodes.cloneNode(true) as DocumentFragment;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
