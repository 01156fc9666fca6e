import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it, vi } from 'vitest';
import { formulaRun, latexToOmmlXml } from '../../server/export/docxMath.ts';
import { readZipText } from '../helpers/zipFile.ts';

/**
 * Real formulas of 数学, 物理 and 化学 guides, in the TeX the editor stores (MathLive's short
 * forms too), and the OMML structure each must become: the elements Word builds the same
 * formula from when a teacher types it in Word's equation editor.
 */
const formulas: { latex: string; structure: string[]; text?: string[] }[] = [
  { latex: '\\frac{1}{2}', structure: ['m:f', 'm:num', 'm:den'], text: ['1', '2'] },
  { latex: '\\frac12', structure: ['m:f', 'm:num', 'm:den'], text: ['1', '2'] },
  { latex: '\\sqrt{3}', structure: ['m:rad', 'm:degHide m:val="on"'], text: ['3'] },
  { latex: '\\frac12\\sqrt3', structure: ['m:f', 'm:rad'], text: ['1', '2', '3'] },
  { latex: '\\sqrt[3]{x}', structure: ['m:rad', 'm:deg>'], text: ['3', 'x'] },
  { latex: 'x^2', structure: ['m:sSup', 'm:sup'], text: ['x', '2'] },
  { latex: 'x_1', structure: ['m:sSub', 'm:sub'], text: ['x', '1'] },
  { latex: 'x_1^2', structure: ['m:sSubSup'], text: ['x', '1', '2'] },
  { latex: 'y=kx+b\\left(k\\ne0\\right)', structure: ['m:r'], text: ['(', '≠', ')'] },
  { latex: '\\mathrm{H_2O}', structure: ['m:sSub', 'm:sty m:val="p"'], text: ['H', '2', 'O'] },
  { latex: '\\mathrm{Fe^{3+}}', structure: ['m:sSup'], text: ['3+'] },
  { latex: '\\Delta H<0', structure: ['m:r'], text: ['Δ', 'H&lt;0'] },
  { latex: 'a\\le b\\ge c\\ne d', structure: ['m:r'], text: ['≤', '≥', '≠'] },
  { latex: '\\mathrm{2H_2+O_2}\\rightarrow\\mathrm{2H_2O}', structure: ['m:sSub'], text: ['→'] },
  { latex: '\\pi r^2', structure: ['m:sSup'], text: ['π'] },
  { latex: '\\left|-3\\right|', structure: ['m:r'], text: ['∣−3∣'] },
];

/** Each formula in a paragraph of its own, through the same path as the export, and the paragraphs' XML back. */
async function exported(latexes: string[], display = false): Promise<string[]> {
  const document = new Document({
    sections: [{ children: latexes.map((latex) => new Paragraph({ children: [formulaRun(latex, display)] })) }],
  });
  const xml = readZipText(await Packer.toBuffer(document), 'word/document.xml');
  const body = xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
  return body.split('</w:p>').filter((part) => part.startsWith('<w:p>'));
}

function textsOf(xml: string): string {
  return [...xml.matchAll(/<m:t[^>]*>([^<]*)<\/m:t>/g)].map((match) => match[1]).join('');
}

describe('LaTeX → OMML (Word equations)', () => {
  it.each(formulas)('$latex becomes a Word equation', async ({ latex, structure, text }) => {
    const [paragraph] = await exported([latex]);
    expect(paragraph).toMatch(/^<w:p><m:oMath>/);
    expect(paragraph).toContain('</m:oMath>');
    for (const element of structure) expect(paragraph).toContain(`<${element}`);
    for (const part of text ?? []) expect(textsOf(paragraph)).toContain(part);
    // What Word's schema refuses: an unknown run style, "normal text" beside a style, and Word
    // run properties before the math run properties.
    expect(paragraph).not.toContain('undefined');
    expect(paragraph).not.toMatch(/<m:nor\/><m:sty/);
    expect(paragraph).not.toMatch(/<w:rPr>(?:(?!<\/m:r>).)*<m:rPr>/);
    expect(paragraph).not.toContain('<annotation');
  });

  it('writes a reaction condition over its arrow (点燃, 高温) without a complaint from the converter', async () => {
    const said = vi.spyOn(console, 'warn');
    try {
      const [burning, heating] = await exported(['\\mathrm{2H_2+O_2\\xrightarrow{点燃}2H_2O}', '\\mathrm{CaCO_3\\xlongequal{高温}CaO+CO_2\\uparrow}']);
      for (const [paragraph, condition] of [[burning, '点燃'], [heating, '高温']] as const) {
        expect(paragraph).toContain('<m:limUpp>');
        expect(paragraph).toMatch(new RegExp(`<m:lim>(?:(?!</m:lim>).)*${condition}`));
      }
      expect(said).not.toHaveBeenCalled();
    } finally {
      said.mockRestore();
    }
  });

  it('keeps the structure of a fraction inside a root inside a power', async () => {
    const [paragraph] = await exported(['\\left(\\sqrt{\\frac{a}{b}}\\right)^{2}']);
    const sup = paragraph.indexOf('<m:sSup>');
    const rad = paragraph.indexOf('<m:rad>');
    const fraction = paragraph.indexOf('<m:f>');
    expect(sup).toBeGreaterThanOrEqual(0);
    expect(rad).toBeGreaterThan(sup);
    expect(fraction).toBeGreaterThan(rad);
  });

  it('sets a display formula on a line of its own, centred', async () => {
    const [paragraph] = await exported(['x=\\frac{-b\\pm\\sqrt{b^2-4ac}}{2a}'], true);
    expect(paragraph).toMatch(/^<w:p><m:oMathPara><m:oMathParaPr><m:jc m:val="centerGroup"\/><\/m:oMathParaPr><m:oMath>/);
    expect(paragraph).toContain('<m:f>');
    expect(paragraph).toContain('<m:rad>');
    expect(textsOf(paragraph)).toContain('±');
  });

  it('exports LaTeX that does not parse as its source in red, and the file still opens', async () => {
    expect(latexToOmmlXml('\\frac{1}{2')).toBeNull();
    expect(latexToOmmlXml('\\notacommand{x}')).not.toBeNull();
    const [broken, empty, fine] = await exported(['\\frac{1}{2', '', 'x^2']);
    expect(broken).not.toContain('m:oMath');
    expect(broken).toContain('<w:color w:val="CC0000"/>');
    expect(broken).toContain('\\frac{1}{2</w:t>');
    expect(empty).not.toContain('m:oMath');
    expect(fine).toContain('<m:sSup>');
  });
});
