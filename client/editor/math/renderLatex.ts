import { loadedKatex } from './katexLoader.ts';

/** The red in which a formula that does not parse shows its LaTeX source. */
export const latexErrorColor = '#cc0000';

/**
 * A formula as KaTeX HTML. Invalid LaTeX never throws: KaTeX shows the source in red
 * (`throwOnError: false`), and anything KaTeX still refuses is shown as escaped red source,
 * so one bad formula cannot break the document or another teacher's editor. `strict: false`
 * lets Chinese stand in formulas (\text{点燃}) without a console warning per formula.
 * Until KaTeX has loaded (katexLoader.ts) the formula shows its source, greyed.
 */
export function renderLatex(latex: string, displayMode: boolean): string {
  const katex = loadedKatex();
  if (!katex) return `<span class="formula-loading">${escapeHtml(latex)}</span>`;
  const options = { displayMode, errorColor: latexErrorColor, strict: false, trust: false, output: 'html' } as const;
  try {
    // Inline formulas keep full-size fractions and roots, as textbooks print them (½ would be
    // too small to read on a handout); an invalid one shows exactly the source the teacher
    // wrote. One rendering that throws on an error tells both at once (a guide's first
    // formulas are drawn while it opens, and each rendering counts there).
    if (!displayMode) {
      try {
        return katex.renderToString(`\\displaystyle ${latex}`, { ...options, throwOnError: true });
      } catch {
        // Invalid: drawn below as KaTeX shows an error, in red.
      }
    }
    return katex.renderToString(latex, { ...options, throwOnError: false });
  } catch {
    return `<span class="latex-error" style="color: ${latexErrorColor}" title="LaTeX">${escapeHtml(latex)}</span>`;
  }
}

/** Tells whether KaTeX parses the LaTeX (for the formula editor's message); null until KaTeX has loaded. */
export function latexError(latex: string): string | null {
  const katex = loadedKatex();
  if (!katex) return null;
  try {
    katex.renderToString(latex, { throwOnError: true, strict: false, output: 'html' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
