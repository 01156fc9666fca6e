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

function useSpaceLabel(): (space: AnswerSpace) => string {
  const { t } = useTranslation();
  return (space) => {
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
  };
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
