import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { answerLinesFor, answerSpaceOf, type AnswerSpace } from '../../../shared/schemas/answerSpace.ts';

/** The choices offered; another value (from an import, say) is shown as one more choice. */
const choices: AnswerSpace[] = [
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

function keyOf(space: AnswerSpace): string {
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

/**
 * The choices' labels in the interface's language, worked out once per language: every
 * question of a guide shows the same list, and a 30-page guide has over a hundred.
 */
const labelsByLanguage = new Map<string, Map<string, string>>();

function useSpaceLabel(): (space: AnswerSpace) => string {
  const { t, i18n } = useTranslation();
  let labels = labelsByLanguage.get(i18n.language);
  if (!labels) {
    labels = new Map();
    labelsByLanguage.set(i18n.language, labels);
  }
  const known = labels;
  return (space) => {
    const key = keyOf(space);
    let label = known.get(key);
    if (label === undefined) {
      label = spaceLabel(t, space);
      // Kept only once the language's messages are here (English arrives after the page).
      if (i18n.hasLoadedNamespace('translation')) known.set(key, label);
    }
    return label;
  };
}

function spaceLabel(t: TFunction, space: AnswerSpace): string {
  switch (space.kind) {
    case 'lines':
      return t('content.answerSpace.lines', { count: space.count });
    case 'box':
      return t('content.answerSpace.box', { height: space.height });
    case 'grid':
      return t('content.answerSpace.grid');
    case 'none':
      return t('content.answerSpace.none');
  }
}

interface AnswerSpacePickerProps {
  attrs: Record<string, unknown>;
  readOnly: boolean;
  onChange: (attributes: { answerSpace: AnswerSpace; answerLines: number }) => void;
}

/** 答题空间: the space the 学生版 leaves below the question (lines, a box, a grid or none). */
export function AnswerSpacePicker({ attrs, readOnly, onChange }: AnswerSpacePickerProps) {
  const { t } = useTranslation();
  const label = useSpaceLabel();
  const current = answerSpaceOf(attrs);
  const currentKey = keyOf(current);
  const options = choices.some((choice) => keyOf(choice) === currentKey) ? choices : [...choices, current];
  if (readOnly) {
    return (
      <span className="answer-space-picker is-read-only">
        {t('content.answerSpace.label')}：{label(current)}
      </span>
    );
  }
  return (
    <label className="answer-space-picker" title={t('content.answerSpace.hint')}>
      <span>{t('content.answerSpace.label')}</span>
      <select
        value={currentKey}
        onChange={(event) => {
          const next = options.find((choice) => keyOf(choice) === event.target.value);
          if (next) onChange({ answerSpace: next, answerLines: answerLinesFor(next) });
        }}
      >
        {options.map((choice) => (
          <option key={keyOf(choice)} value={keyOf(choice)}>
            {label(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
