import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../shared/schemas/guide.ts';
import { diffHref } from './diffLinks.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

interface CompareVersionsFormProps {
  guideId: string;
  /** Oldest first. */
  versions: readonly VersionSummary[];
}

const live = 'live';

/** 对比任意两个版本: two of the saved versions and the live guide, then 对比. */
export function CompareVersionsForm({ guideId, versions }: CompareVersionsFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [from, setFrom] = useState(String(versions.at(-1)?.number ?? live));
  const [to, setTo] = useState(live);
  const options = [
    ...versions.map((version) => ({ value: String(version.number), label: versionLabelText(version.label, t) })),
    { value: live, label: t('versions.live') },
  ];
  const side = (value: string) => (value === live ? null : Number(value));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(diffHref(guideId, side(from), side(to)));
  };
  return (
    <form className="compare-versions" onSubmit={submit} data-testid="compare-versions">
      <span className="compare-versions-title">{t('versions.compare.any')}</span>
      <div className="compare-versions-row">
        <select aria-label={t('versions.compare.from')} value={from} onChange={(event) => setFrom(event.target.value)} data-testid="compare-from">
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <span aria-hidden="true">→</span>
        <select aria-label={t('versions.compare.to')} value={to} onChange={(event) => setTo(event.target.value)} data-testid="compare-to">
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={from === to} data-testid="compare-submit">
          {t('versions.compare.go')}
        </button>
      </div>
    </form>
  );
}
