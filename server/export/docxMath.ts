import { ImportedXmlComponent, Math as DocxMath, TextRun, type IContext, type IXmlableObject, type ParagraphChild } from 'docx';
import katex from 'katex';
import { mml2omml } from 'mathml2omml';
import { fonts } from './docxTypography.ts';

/** Red for a formula that does not parse, as the editor and the print show it. */
const invalidFormulaColor = 'CC0000';

/**
 * The MathML KaTeX writes for a formula, without its wrapping `<span class="katex">` and the
 * `<annotation>` holding the TeX source (neither is MathML the converter knows), with its
 * `<mpadded>` spacing groups as plain groups, or null when
 * KaTeX cannot parse the formula. KaTeX is the parser the editor and the print use, so the
 * short forms MathLive writes (`\frac12`, `\sqrt3`) read the same here.
 */
export function latexToMathml(latex: string): string | null {
  if (latex.trim() === '') return null;
  const rendered = katex.renderToString(latex, { output: 'mathml', throwOnError: false, strict: 'ignore' });
  const start = rendered.indexOf('<math');
  const end = rendered.lastIndexOf('</math>');
  if (start < 0 || end < 0) return null;
  // <mpadded> only adds space (KaTeX puts the condition over \xrightarrow{点燃} in one); the
  // converter knows no such element, so it becomes the group it holds.
  const math = rendered
    .slice(start, end + '</math>'.length)
    .replace(/<mpadded\b[^>]*>/g, '<mrow>')
    .replace(/<\/mpadded>/g, '</mrow>');
  // KaTeX ends <semantics> with one <annotation> of the escaped source (it holds no "<").
  const annotation = math.lastIndexOf('<annotation');
  const annotationEnd = math.lastIndexOf('</annotation>');
  if (annotation < 0 || annotationEnd < annotation) return math;
  return math.slice(0, annotation) + math.slice(annotationEnd + '</annotation>'.length);
}

/** The values Word accepts for a math run's style (plain, bold, italic, bold italic). */
const mathStyles = new Set(['p', 'b', 'i', 'bi']);

type XmlChild = IXmlableObject | string;

function childrenOf(value: unknown): XmlChild[] | null {
  return Array.isArray(value) ? (value as XmlChild[]) : null;
}

function keyOf(child: XmlChild): string | null {
  if (typeof child === 'string') return null;
  const keys = Object.keys(child);
  return keys.length === 1 ? keys[0] : null;
}

/**
 * Puts the converter's OMML into the shape Word's schema requires (Word refuses a file whose
 * math does not follow it): a math run's `m:rPr` before its `w:rPr`, no empty `w:rPr`, a run
 * style (`m:sty`) Word knows (the converter writes "undefined" for `mathvariant="normal"`:
 * upright, which is `p`) and never beside `m:nor` (the schema allows one of the two), and no
 * namespace declarations of its own (the document declares them).
 */
function tidyOmml(node: XmlChild): XmlChild {
  if (typeof node === 'string') return node;
  const key = keyOf(node);
  if (!key) return node;
  const value = node[key] as unknown;
  const children = childrenOf(value);
  if (key === 'm:sty') {
    const attributes = (value as { _attr?: Record<string, unknown> })?._attr ?? {};
    const style = String(attributes['m:val'] ?? '');
    return { 'm:sty': { _attr: { 'm:val': mathStyles.has(style) ? style : 'p' } } };
  }
  if (!children) return node;
  let tidied = children
    .map((child) => tidyOmml(child))
    .filter((child) => !(keyOf(child) === 'w:rPr' && isEmptyElement((child as IXmlableObject)['w:rPr'])));
  if (key === 'm:oMath') {
    tidied = tidied.filter((child) => keyOf(child) !== '_attr');
  }
  if (key === 'm:rPr' && tidied.some((child) => keyOf(child) === 'm:sty')) {
    // Word's schema allows either "normal text" (m:nor) or a style (m:sty), not both.
    tidied = tidied.filter((child) => keyOf(child) !== 'm:nor');
  }
  if (key === 'm:r') {
    const mathProperties = tidied.filter((child) => keyOf(child) === 'm:rPr');
    const wordProperties = tidied.filter((child) => keyOf(child) === 'w:rPr');
    const rest = tidied.filter((child) => keyOf(child) !== 'm:rPr' && keyOf(child) !== 'w:rPr');
    tidied = [...mathProperties, ...wordProperties, ...rest];
  }
  return { [key]: tidied.length > 0 ? tidied : {} };
}

function isEmptyElement(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/**
 * A formula as OMML (`<m:oMath>…</m:oMath>`), or null when it cannot be converted (invalid
 * LaTeX, or MathML the converter cannot read).
 */
export function latexToOmmlXml(latex: string): string | null {
  const mathml = latexToMathml(latex);
  if (!mathml) return null;
  let omml: unknown;
  try {
    // KaTeX escapes &lt; and friends; kept as written they stay escaped in the OMML (decoded, a
    // "<" would end up raw in the XML).
    omml = mml2omml(mathml, { disableDecode: true });
  } catch {
    return null;
  }
  if (typeof omml !== 'string' || !omml.startsWith('<m:oMath')) return null;
  return omml;
}

/**
 * A Word equation (OMML) in a paragraph, editable in Word and WPS: the converter's XML read by
 * docx's own XML reader and written back tidied (see {@link tidyOmml}); `display` sets it on a
 * line of its own, centred (`m:oMathPara`).
 */
class OfficeMath extends DocxMath {
  private readonly imported: ImportedXmlComponent;
  private readonly display: boolean;

  constructor(omml: string, display: boolean) {
    super({ children: [] });
    this.imported = ImportedXmlComponent.fromXmlString(omml);
    this.display = display;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const prepared = this.imported.prepForXml(context);
    if (!prepared) return undefined;
    const math = tidyOmml(prepared) as IXmlableObject;
    if (!this.display) return math;
    return { 'm:oMathPara': [{ 'm:oMathParaPr': [{ 'm:jc': { _attr: { 'm:val': 'centerGroup' } } }] }, math] };
  }
}

/**
 * A formula in a Word paragraph: a native equation, or (LaTeX that does not parse) its source
 * in red, so the file always opens and the teacher sees what to fix.
 */
export function formulaRun(latex: string, display = false): ParagraphChild {
  const omml = latexToOmmlXml(latex);
  if (omml) {
    try {
      return new OfficeMath(omml, display);
    } catch {
      // XML docx cannot read: fall through to the source.
    }
  }
  return new TextRun({ text: latex, color: invalidFormulaColor, font: fonts.body });
}
