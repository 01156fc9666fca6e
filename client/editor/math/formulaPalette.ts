/**
 * What the formula editor's palette offers: what 数学, 物理 and 化学 guides use. `insert` is
 * MathLive's template (`#@` takes what is left of the caret, `#0` the selection, `#?` an
 * empty place to fill); `latex` is the same for the plain LaTeX field. `label` is KaTeX
 * source for the button face, `nameKey` the i18n key of its name.
 */
export interface PaletteItem {
  nameKey: string;
  label: string;
  insert: string;
  latex: string;
}

export interface PaletteGroup {
  nameKey: string;
  items: PaletteItem[];
}

function item(nameKey: string, label: string, insert: string, latex = insert.replace(/#[@0?]/g, '')): PaletteItem {
  return { nameKey, label, insert, latex };
}

export const formulaPalette: PaletteGroup[] = [
  {
    nameKey: 'structure',
    items: [
      item('fraction', '\\frac{a}{b}', '\\frac{#0}{#?}', '\\frac{}{}'),
      item('sqrt', '\\sqrt{x}', '\\sqrt{#0}', '\\sqrt{}'),
      item('nthRoot', '\\sqrt[n]{x}', '\\sqrt[#?]{#0}', '\\sqrt[]{}'),
      item('power', 'x^{n}', '#@^{#?}', '^{}'),
      item('subscript', 'x_{n}', '#@_{#?}', '_{}'),
      item('absolute', '|x|', '\\left|#0\\right|', '\\left|\\right|'),
      item('parentheses', '(x)', '\\left(#0\\right)', '\\left(\\right)'),
      item('vector', '\\overrightarrow{AB}', '\\overrightarrow{#0}', '\\overrightarrow{}'),
      item('vectorBold', '\\vec{a}', '\\vec{#0}', '\\vec{}'),
      item('system', '\\begin{cases}x\\\\y\\end{cases}', '\\begin{cases}#0\\\\#?\\end{cases}', '\\begin{cases} \\\\ \\end{cases}'),
    ],
  },
  {
    nameKey: 'relations',
    items: [
      item('le', '\\le', '\\le'),
      item('ge', '\\ge', '\\ge'),
      item('ne', '\\ne', '\\ne'),
      item('approx', '\\approx', '\\approx'),
      item('pm', '\\pm', '\\pm'),
      item('times', '\\times', '\\times'),
      item('div', '\\div', '\\div'),
      item('cdot', '\\cdot', '\\cdot'),
      item('pi', '\\pi', '\\pi'),
      item('infinity', '\\infty', '\\infty'),
    ],
  },
  {
    nameKey: 'geometry',
    items: [
      item('angle', '\\angle', '\\angle'),
      item('triangle', '\\triangle', '\\triangle'),
      item('perpendicular', '\\perp', '\\perp'),
      item('parallel', '\\parallel', '\\parallel'),
      item('degree', '30^{\\circ}', '^{\\circ}'),
      item('congruent', '\\cong', '\\cong'),
      item('similar', '\\backsim', '\\backsim'),
      item('therefore', '\\therefore', '\\therefore'),
      item('because', '\\because', '\\because'),
    ],
  },
  {
    nameKey: 'chemistry',
    items: [
      item('chemicalFormula', '\\mathrm{H_2O}', '\\mathrm{H_2O}'),
      item('chemicalSubscript', '\\mathrm{X_n}', '\\mathrm{#0}_{#?}', '\\mathrm{}_{}'),
      item('ion', '\\mathrm{SO_4^{2-}}', '\\mathrm{SO_4^{2-}}'),
      item('charge', '\\mathrm{X^{2+}}', '^{#?+}', '^{+}'),
      item('rightArrow', '\\rightarrow', '\\rightarrow'),
      item('conditionArrow', '\\xrightarrow{\\triangle}', '\\xrightarrow{#?}', '\\xrightarrow{}'),
      item('reversible', '\\rightleftharpoons', '\\rightleftharpoons'),
      item('gasUp', '\\uparrow', '\\uparrow'),
      item('precipitateDown', '\\downarrow', '\\downarrow'),
      item('enthalpy', '\\Delta H', '\\Delta H'),
    ],
  },
  {
    nameKey: 'units',
    items: [
      item('unitKjPerMol', '\\mathrm{kJ/mol}', '\\ \\mathrm{kJ/mol}'),
      item('unitMetrePerSecond', '\\mathrm{m/s}', '\\ \\mathrm{m/s}'),
      item('unitDensity', '\\mathrm{g/cm^3}', '\\ \\mathrm{g/cm^3}'),
      item('unitMolPerLitre', '\\mathrm{mol/L}', '\\ \\mathrm{mol/L}'),
      item('unitNewton', '\\mathrm{N}', '\\ \\mathrm{N}'),
      item('unitCelsius', '^{\\circ}\\mathrm{C}', '^{\\circ}\\mathrm{C}'),
    ],
  },
];

/**
 * LaTeX as stored: MathLive's empty places (`\placeholder{}`) taken out, since KaTeX, Word
 * and the other teachers' editors know nothing of them.
 */
export function storedLatex(latex: string): string {
  return latex.replace(/\\placeholder(?:\[[^\]]*\])?\{[^{}]*\}/g, '{}').trim();
}
