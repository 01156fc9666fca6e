import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultBlockTitles, type BlockKind } from '../../../shared/editor/blockKinds.ts';
import { sameLabel, type FieldError } from './labelSynonymsDraft.ts';

interface KindLabelsProps {
  kind: BlockKind;
  labels: string[];
  isOwn: boolean;
  editable: boolean;
  error: FieldError | null;
  onChange: (labels: string[]) => void;
  onReset: () => void;
}

/** One block kind of the dictionary: its name, whether it uses the defaults, its labels as chips. */
export function KindLabels({ kind, labels, isOwn, editable, error, onChange, onReset }: KindLabelsProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = `label-input-${kind}`;
  const errorId = `label-error-${kind}`;
  const message = problem ?? error?.message ?? null;

  function add(event: FormEvent) {
    event.preventDefault();
    const label = text.trim();
    if (!label) return;
    if (labels.some((existing) => sameLabel(existing, label))) {
      setProblem(t('labelSynonyms.duplicate', { label }));
      return;
    }
    onChange([...labels, label]);
    setText('');
    setProblem(null);
  }

  return (
    <section className={`kind-labels${message ? ' has-error' : ''}`} data-kind={kind} aria-labelledby={`kind-${kind}`}>
      <header className="kind-labels-head">
        <h2 id={`kind-${kind}`}>{defaultBlockTitles[kind]}</h2>
        <span className="tag tag-quiet">{t(`blockKind.${kind}`)}</span>
        <span className={isOwn ? 'tag kind-labels-own' : 'tag tag-quiet'} data-testid="kind-source">
          {isOwn ? t('labelSynonyms.own') : t('labelSynonyms.defaults')}
        </span>
        {editable && isOwn && (
          <button type="button" className="button button-quiet kind-labels-reset" onClick={onReset}>
            {t('labelSynonyms.reset')}
          </button>
        )}
      </header>
      <ul className="label-chips" aria-label={t('labelSynonyms.labelsOf', { kind: defaultBlockTitles[kind] })}>
        {labels.length === 0 && <li className="muted label-chips-empty">{t('labelSynonyms.none')}</li>}
        {labels.map((label, index) => (
          <li key={label} className={`label-chip${error?.index === index ? ' is-invalid' : ''}`}>
            {label}
            {editable && (
              <button
                type="button"
                className="label-chip-remove"
                aria-label={t('labelSynonyms.remove', { label })}
                onClick={() => onChange(labels.filter((_, other) => other !== index))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <form className="label-add" onSubmit={add}>
          <label htmlFor={inputId} className="visually-hidden">
            {t('labelSynonyms.addTo', { kind: defaultBlockTitles[kind] })}
          </label>
          <input
            id={inputId}
            value={text}
            maxLength={20}
            placeholder={t('labelSynonyms.addPlaceholder')}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? errorId : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="button" disabled={!text.trim()}>
            {t('labelSynonyms.add')}
          </button>
        </form>
      )}
      {message && (
        <p id={errorId} className="kind-labels-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
