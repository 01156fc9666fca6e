import { useMemo } from 'react';
import { useKatex } from './katexLoader.ts';
import { renderLatex } from './renderLatex.ts';

/** A formula rendered by KaTeX: inline in the text, or displayed on its own line. */
export function Formula({ latex, display = false, className }: { latex: string; display?: boolean; className?: string }) {
  const katex = useKatex();
  const html = useMemo(() => renderLatex(latex, display), [latex, display, katex]);
  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      className={[display ? 'formula formula-display' : 'formula', className].filter(Boolean).join(' ')}
      data-latex={latex}
      // KaTeX's own output from the formula's LaTeX (trust: false: no links or raw HTML in it).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
