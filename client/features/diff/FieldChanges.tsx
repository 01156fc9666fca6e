import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../shared/schemas/diff.ts';
import { DiffText } from './DiffText.tsx';

type Translate = ReturnType<typeof useTranslation>['t'];

function valueText(t: Translate, change: FieldChange, value: FieldChange['from']): string {
  if (value === null || value === '') return t('diff.field.none');
  if (change.field === 'minutes') return t('diff.field.minutesValue', { minutes: value });
  if (change.field === 'audience') return t(`diff.audienceValue.${String(value)}`, { defaultValue: String(value) });
  if (change.field === 'kind') return t(`blockKind.${String(value)}`, { defaultValue: String(value) });
  return String(value);
}

/** Changed minutes, labels, audience, group roles, and questions' tiers and answers, as "old → new". */
export function FieldChanges({ fields }: { fields: readonly FieldChange[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <ul className="diff-fields">
      {fields.map((change, index) => {
        const label = t(`diff.field.${change.field}`);
        const where = change.questionNumber ? t('diff.field.question', { number: change.questionNumber }) : '';
        return (
          <li key={index} className="diff-field" data-field={change.field}>
            <span className="diff-field-label">
              {where}
              {label}
            </span>
            {change.field === 'answer' && change.parts ? (
              <DiffText parts={change.parts} />
            ) : (
              <span className="diff-field-values">
                <del className="diff-delete">{valueText(t, change, change.from)}</del>
                <span className="diff-arrow" aria-hidden="true">
                  →
                </span>
                <ins className="diff-insert">{valueText(t, change, change.to)}</ins>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
