import { loadedKatex } from './katexLoader.ts';
import { renderLatex } from './renderLatex.ts';

/** KaTeX's HTML by formula: a guide repeats its formulas, and a formula is drawn once per page. */
const rendered = new Map<string, string>();
const cacheLimit = 2000;

/**
 * A formula's HTML as the Formula component draws it (the formula's element around KaTeX's
 * output); kept once KaTeX has loaded, so a formula seen before is not laid out by KaTeX again.
 */
export function formulaHtml(latex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${latex}`;
  const known = rendered.get(key);
  if (known !== undefined) return known;
  const tag = display ? 'div' : 'span';
  const html = `<${tag} class="${display ? 'formula formula-display' : 'formula'}" data-latex="${escapeAttribute(latex)}">${renderLatex(latex, display)}</${tag}>`;
  if (loadedKatex()) {
    if (rendered.size >= cacheLimit) rendered.clear();
    rendered.set(key, html);
  }
  return html;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
