import { child, childVal, childrenNamed, textOf, type XmlNode } from './xmlTree.ts';

/** Characters of Word equations that LaTeX writes as commands. */
const symbols: Record<string, string> = {
  '×': '\\times ',
  '÷': '\\div ',
  '±': '\\pm ',
  '∓': '\\mp ',
  '·': '\\cdot ',
  '⋅': '\\cdot ',
  '≤': '\\le ',
  '≥': '\\ge ',
  '≠': '\\ne ',
  '≈': '\\approx ',
  '≡': '\\equiv ',
  '∞': '\\infty ',
  '∈': '\\in ',
  '∉': '\\notin ',
  '⊂': '\\subset ',
  '⊆': '\\subseteq ',
  '∪': '\\cup ',
  '∩': '\\cap ',
  '∅': '\\emptyset ',
  '→': '\\rightarrow ',
  '⇒': '\\Rightarrow ',
  '⇔': '\\Leftrightarrow ',
  '∠': '\\angle ',
  '△': '\\triangle ',
  '⊥': '\\perp ',
  '∥': '\\parallel ',
  '°': '^{\\circ}',
  '′': "'",
  α: '\\alpha ',
  β: '\\beta ',
  γ: '\\gamma ',
  δ: '\\delta ',
  Δ: '\\Delta ',
  θ: '\\theta ',
  λ: '\\lambda ',
  μ: '\\mu ',
  π: '\\pi ',
  ρ: '\\rho ',
  σ: '\\sigma ',
  Σ: '\\Sigma ',
  φ: '\\varphi ',
  ω: '\\omega ',
  Ω: '\\Omega ',
  '∑': '\\sum ',
  '∫': '\\int ',
  '∏': '\\prod ',
  '…': '\\ldots ',
  '⋯': '\\cdots ',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  _: '\\_',
  $: '\\$',
  '\\': '\\backslash ',
};

const functionNames = new Set(['sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'log', 'ln', 'lg', 'exp', 'lim', 'max', 'min', 'arcsin', 'arccos', 'arctan']);

/** Text of an m:t run: symbols as commands, CJK text inside \text{}. */
function runText(text: string, plain: boolean): string {
  if (plain) return `\\text{${text.replace(/[{}\\]/g, '')}}`;
  let out = '';
  let cjk = '';
  const flush = () => {
    if (cjk) out += `\\text{${cjk}}`;
    cjk = '';
  };
  for (const character of text) {
    if (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(character)) {
      cjk += character;
      continue;
    }
    flush();
    out += symbols[character] ?? character;
  }
  flush();
  return out;
}

function group(latex: string): string {
  return `{${latex}}`;
}

function argument(node: XmlNode | null, name: string): string {
  return walkChildren(child(node, name));
}

function walkChildren(node: XmlNode | null): string {
  if (!node) return '';
  return node.children.map(walk).join('');
}

function delimiter(value: string | null, fallback: string, opening: boolean): string {
  const character = value ?? fallback;
  if (character === '') return '.';
  if (character === '{') return '\\{';
  if (character === '}') return '\\}';
  if (character === '|' || character === '(' || character === ')' || character === '[' || character === ']') return character;
  if (character === '‖') return '\\|';
  if (character === '〈' || character === '⟨') return '\\langle';
  if (character === '〉' || character === '⟩') return '\\rangle';
  return opening ? '(' : ')';
}

const naryCommands: Record<string, string> = { '∑': '\\sum', '∫': '\\int', '∬': '\\iint', '∮': '\\oint', '∏': '\\prod', '⋃': '\\bigcup', '⋂': '\\bigcap' };
const accents: Record<string, string> = { '̂': '\\hat', '̄': '\\bar', '⃗': '\\vec', '̇': '\\dot', '̃': '\\tilde', '→': '\\overrightarrow', '^': '\\hat' };

function walk(node: XmlNode): string {
  switch (node.name) {
    case 'm:r': {
      const props = child(node, 'm:rPr');
      const plain = child(props, 'm:nor') !== null || childVal(props, 'm:sty', 'm:val') === 'p' && /[\u4e00-\u9fff]/.test(textOf(node));
      const text = childrenNamed(node, 'm:t').map(textOf).join('');
      if (functionNames.has(text.trim())) return `\\${text.trim()} `;
      return runText(text, plain && /[\u4e00-\u9fff]/.test(text));
    }
    case 'm:f': {
      const type = childVal(child(node, 'm:fPr'), 'm:type', 'm:val');
      const numerator = argument(node, 'm:num');
      const denominator = argument(node, 'm:den');
      if (type === 'lin') return `${group(numerator)}/${group(denominator)}`;
      if (type === 'noBar') return `\\genfrac{}{}{0pt}{}${group(numerator)}${group(denominator)}`;
      return `\\frac${group(numerator)}${group(denominator)}`;
    }
    case 'm:sSub':
      return `${group(argument(node, 'm:e'))}_${group(argument(node, 'm:sub'))}`;
    case 'm:sSup':
      return `${group(argument(node, 'm:e'))}^${group(argument(node, 'm:sup'))}`;
    case 'm:sSubSup':
      return `${group(argument(node, 'm:e'))}_${group(argument(node, 'm:sub'))}^${group(argument(node, 'm:sup'))}`;
    case 'm:sPre':
      return `{}_${group(argument(node, 'm:sub'))}^${group(argument(node, 'm:sup'))}${group(argument(node, 'm:e'))}`;
    case 'm:rad': {
      const hidden = childVal(child(node, 'm:radPr'), 'm:degHide', 'm:val');
      const degree = argument(node, 'm:deg');
      const base = argument(node, 'm:e');
      return degree && hidden !== '1' && hidden !== 'on' ? `\\sqrt[${degree}]${group(base)}` : `\\sqrt${group(base)}`;
    }
    case 'm:d': {
      const props = child(node, 'm:dPr');
      const open = delimiter(childVal(props, 'm:begChr', 'm:val'), '(', true);
      const close = delimiter(childVal(props, 'm:endChr', 'm:val'), ')', false);
      const separator = childVal(props, 'm:sepChr', 'm:val') ?? ',';
      const items = childrenNamed(node, 'm:e').map(walkChildren).join(runText(separator, false));
      return `\\left${open}${items}\\right${close}`;
    }
    case 'm:nary': {
      const props = child(node, 'm:naryPr');
      const character = childVal(props, 'm:chr', 'm:val') ?? '∫';
      const command = naryCommands[character] ?? runText(character, false);
      const lower = argument(node, 'm:sub');
      const upper = argument(node, 'm:sup');
      return `${command}${lower ? `_${group(lower)}` : ''}${upper ? `^${group(upper)}` : ''}${group(argument(node, 'm:e'))}`;
    }
    case 'm:func':
      return `${argument(node, 'm:fName').trim()}${group(argument(node, 'm:e'))}`;
    case 'm:limLow':
      return `${argument(node, 'm:e')}_${group(argument(node, 'm:lim'))}`;
    case 'm:limUpp':
      return `${argument(node, 'm:e')}^${group(argument(node, 'm:lim'))}`;
    case 'm:acc': {
      const character = childVal(child(node, 'm:accPr'), 'm:chr', 'm:val') ?? '̂';
      return `${accents[character] ?? '\\hat'}${group(argument(node, 'm:e'))}`;
    }
    case 'm:bar': {
      const position = childVal(child(node, 'm:barPr'), 'm:pos', 'm:val');
      return `${position === 'bot' ? '\\underline' : '\\overline'}${group(argument(node, 'm:e'))}`;
    }
    case 'm:groupChr': {
      const props = child(node, 'm:groupChrPr');
      const position = childVal(props, 'm:pos', 'm:val');
      return `${position === 'top' ? '\\overbrace' : '\\underbrace'}${group(argument(node, 'm:e'))}`;
    }
    case 'm:eqArr':
      return `\\begin{aligned}${childrenNamed(node, 'm:e').map(walkChildren).join('\\\\')}\\end{aligned}`;
    case 'm:m':
      return `\\begin{matrix}${childrenNamed(node, 'm:mr')
        .map((row) => childrenNamed(row, 'm:e').map(walkChildren).join('&'))
        .join('\\\\')}\\end{matrix}`;
    case 'm:box':
    case 'm:borderBox':
    case 'm:phant':
    case 'm:e':
    case 'm:oMath':
      return walkChildren(node);
    case 'w:r':
      // Ordinary Word text inside an equation.
      return runText(childrenNamed(node, 'w:t').map(textOf).join(''), false);
    default:
      // Property elements (m:rPr, m:ctrlPr …) hold no content; anything else is walked through.
      return /Pr$/.test(node.name) ? '' : walkChildren(node);
  }
}

/** The LaTeX of a Word equation (m:oMath), written for KaTeX. */
export function ommlToLatex(math: XmlNode): string {
  return walk(math).replace(/\s+/g, ' ').trim();
}

/** The plain text of a Word equation, as a reader joining its m:t runs sees it. */
export function ommlText(math: XmlNode): string {
  const parts: string[] = [];
  const visit = (node: XmlNode) => {
    if (node.name === 'm:t' || node.name === 'w:t') parts.push(textOf(node));
    else node.children.forEach(visit);
  };
  visit(math);
  return parts.join('');
}
