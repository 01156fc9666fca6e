import { beforeAll, describe, expect, it } from 'vitest';
import { loadKatex } from '../../client/editor/math/katexLoader.ts';
import { latexErrorColor, renderLatex } from '../../client/editor/math/renderLatex.ts';

describe('a formula as KaTeX HTML', () => {
  it('shows its source, marked as loading, until KaTeX is here', () => {
    expect(renderLatex('a<b', false)).toBe('<span class="formula-loading">a&#60;b</span>');
  });

  describe('once KaTeX is here', () => {
    beforeAll(async () => {
      await loadKatex();
    });

    it('draws an inline fraction full size, as a displayed one', () => {
      const inline = renderLatex('\\frac{a+b}{2}', false);
      const display = renderLatex('\\frac{a+b}{2}', true);
      expect(inline).toContain('mfrac');
      expect(inline).not.toContain('katex-display');
      expect(display).toContain('katex-display');
      // Full size: the numerator sits in the same size as a displayed one's, not in script size.
      const numeratorSizing = (html: string) => html.match(/reset-size\d+ size\d+/g);
      expect(numeratorSizing(inline)).toEqual(numeratorSizing(display));
    });

    it('shows invalid LaTeX as exactly the source written, in red', () => {
      const html = renderLatex('\\frac{a', false);
      expect(html).toContain('katex-error');
      expect(html).toContain(latexErrorColor);
      expect(html).toContain('\\frac{a');
      expect(html).not.toContain('displaystyle');
    });
  });
});
