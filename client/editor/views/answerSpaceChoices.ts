import i18next from '../../i18n/index.ts';
import type { AnswerSpace } from '../../../shared/schemas/answerSpace.ts';

/** The choices offered; another value (from an import, say) is shown as one more choice. */
export const answerSpaceChoices: readonly AnswerSpace[] = [
  { kind: 'none' },
  { kind: 'lines', count: 1 },
  { kind: 'lines', count: 2 },
  { kind: 'lines', count: 3 },
  { kind: 'lines', count: 4 },
  { kind: 'lines', count: 6 },
  { kind: 'lines', count: 8 },
  { kind: 'box', height: 20 },
  { kind: 'box', height: 40 },
  { kind: 'box', height: 70 },
  { kind: 'grid' },
];

/** A choice's value in the list (lines:3, box:40, grid). */
export function answerSpaceKey(space: AnswerSpace): string {
  switch (space.kind) {
    case 'lines':
      return `lines:${space.count}`;
    case 'box':
      return `box:${space.height}`;
    case 'grid':
      return space.height ? `grid:${space.height}` : 'grid';
    case 'none':
      return 'none';
  }
}

function spaceLabel(space: AnswerSpace): string {
  switch (space.kind) {
    case 'lines':
      return i18next.t('content.answerSpace.lines', { count: space.count });
    case 'box':
      return i18next.t('content.answerSpace.box', { height: space.height });
    case 'grid':
      return i18next.t('content.answerSpace.grid');
    case 'none':
      return i18next.t('content.answerSpace.none');
  }
}

/**
 * The choices' labels in the interface's language, worked out once per language: every
 * question of a guide shows the same list, and a 30-page guide has over a hundred.
 */
const labelsByLanguage = new Map<string, Map<string, string>>();

export function answerSpaceLabel(space: AnswerSpace): string {
  let labels = labelsByLanguage.get(i18next.language);
  if (!labels) {
    labels = new Map();
    labelsByLanguage.set(i18next.language, labels);
  }
  const key = answerSpaceKey(space);
  let label = labels.get(key);
  if (label === undefined) {
    label = spaceLabel(space);
    // Kept only once the language's messages are here (English arrives after the page).
    if (i18next.hasLoadedNamespace('translation')) labels.set(key, label);
  }
  return label;
}
