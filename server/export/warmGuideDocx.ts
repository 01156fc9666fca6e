import type { JSONContent } from '@tiptap/core';
import type { ExportFacts } from './docxHeader.ts';

const paragraph = (text: string, latex: string): JSONContent => ({
  type: 'paragraph',
  content: [
    { type: 'text', text },
    { type: 'inlineMath', attrs: { latex } },
  ],
});

/** Two blocks that take the renderer's common paths: a list, a question with its answer, formulas of the usual kinds. */
const blocks = (copy: number): JSONContent[] => [
  {
    type: 'objectives',
    attrs: { id: `warmup-objectives-${copy}`, title: '学习目标', minutes: 1, audience: 'all' },
    content: [
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [
          { type: 'listItem', content: [paragraph('能化简 ', '\\frac{a+b}{2}+\\sqrt{x^2+y^2}')] },
          { type: 'listItem', content: [paragraph('能写出 ', 'y=kx+b\\ (k\\neq 0)')] },
        ],
      },
    ],
  },
  {
    type: 'check',
    attrs: { id: `warmup-check-${copy}`, title: '当堂检测', minutes: 5, audience: 'all' },
    content: [
      {
        type: 'question',
        attrs: { id: `warmup-question-${copy}`, tier: '必做', answerLines: 2 },
        content: [
          paragraph('求 ', 'x_1+x_2=-\\frac{b}{a},\\ \\alpha^2+\\beta^2\\geq 2\\alpha\\beta'),
          { type: 'answer', content: [paragraph('答：', '\\left(\\frac{1}{2}\\right)^{n}\\cdot\\sum_{i=1}^{n} a_i')] },
        ],
      },
    ],
  },
];

/**
 * Rendered 20 times over (about 40 formulas in all), so that V8 optimises the renderer's hot
 * functions and not only compiles them: a first export that only loaded the modules still
 * ran its code unoptimised.
 */
const rounds = 20;

const facts: ExportFacts = {
  title: '导学案',
  lessonType: null,
  period: null,
  leadDrafter: null,
  reviewer: null,
  reviewedAt: null,
  className: null,
  kicker: '',
  unit: null,
  versionLabel: null,
};

/**
 * Loads the Word renderer and renders a small guide with formulas a number of times, so that
 * the first export a teacher asks for does not pay for loading docx, KaTeX and the MathML to
 * OMML converter, nor for their first, unoptimised runs. One small piece at a time with a
 * pause between them, and it stops as soon as `busy` says someone is editing: their updates
 * never wait behind more than one piece.
 */
export async function warmGuideDocx(busy: () => boolean): Promise<void> {
  const { renderGuideDocx } = await import('./renderGuideDocx.ts');
  for (let round = 0; round < rounds && !busy(); round += 1) {
    await renderGuideDocx({ content: { type: 'doc', content: blocks(round) }, edition: 'teacher', paper: 'a4', facts });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
