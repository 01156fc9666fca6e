import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Guide, VersionSummary } from '../../../shared/schemas/guide.ts';
import { colorForUser } from '../../../shared/presence/presenceUser.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { MeetingRecordsPanel } from '../meeting/MeetingRecordsPanel.tsx';
import { CompareVersionsForm } from './CompareVersionsForm.tsx';
import { diffHref } from './diffLinks.ts';
import { RestoreVersionDialog } from './RestoreVersionDialog.tsx';
import { isFinalVersion } from './versionKinds.ts';
import './history.css';
import { versionLabelText } from '../../i18n/versionLabel.ts';

interface VersionListPanelProps {
  guide: Guide;
  /** The version on screen, when a saved version is open. */
  currentVersion?: number;
}

/**
 * 版本记录: 初稿, 研讨稿, 定稿 v1 … with author (in their colour), time and 定稿说明; each opens
 * read-only, compares in one click with the version before it or with the live guide, and
 * (for whoever may edit now) can be restored as a new change.
 */
export function VersionListPanel({ guide, currentVersion }: VersionListPanelProps) {
  const { t } = useTranslation();
  const versions = [...guide.versions].sort((a, b) => a.number - b.number);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const canRestore = guide.access === 'edit';

  return (
    <section className="side-panel" aria-labelledby="version-list-title" data-testid="version-list">
      <h2 id="version-list-title" className="side-panel-title">
        {t('versions.title')}
      </h2>
      <ol className="version-list">
        {versions.map((version, index) => {
          const current = version.number === currentVersion;
          const previous = versions[index - 1];
          return (
            <li key={version.number} className="version-entry" data-version={version.number}>
              <Link
                to={`/guides/${guide.id}/versions/${version.number}`}
                className={['version-item', isFinalVersion(version) ? 'is-final' : '', current ? 'is-current' : ''].filter(Boolean).join(' ')}
                aria-current={current ? 'page' : undefined}
                data-version={version.number}
              >
                <span className="version-label">{versionLabelText(version.label, t)}</span>
                <span className="version-meta">
                  <span className="version-author-dot" style={{ background: colorForUser(version.author.id) }} aria-hidden="true" />
                  {version.author.name} · {formatDateTime(version.createdAt)}
                </span>
                {version.checkOverride && (
                  <span className="version-meta version-check-override" data-testid="check-override">
                    {t('check.override', { reason: version.checkOverride })}
                  </span>
                )}
                {version.note && (
                  <span className="version-note" data-testid="version-note">
                    {t('versions.note.shown', { note: version.note })}
                  </span>
                )}
              </Link>
              <div className="version-actions">
                {previous && (
                  <Link className="version-action" to={diffHref(guide.id, previous.number, version.number)} data-testid="compare-previous">
                    {t('versions.compare.previous')}
                  </Link>
                )}
                <Link className="version-action" to={diffHref(guide.id, version.number, null)} data-testid="compare-live">
                  {t('versions.compare.live')}
                </Link>
                {canRestore && (
                  <button type="button" className="version-action" onClick={() => setRestoring(version)} data-testid="restore-version">
                    {t('versions.restore.action')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
        <li className="version-entry">
          <Link
            to={`/guides/${guide.id}`}
            className={currentVersion === undefined ? 'version-item is-live is-current' : 'version-item is-live'}
            aria-current={currentVersion === undefined ? 'page' : undefined}
          >
            <span className="version-label">{t('versions.live')}</span>
            <span className="version-meta">{t(`stage.${guide.stage}`)}</span>
          </Link>
        </li>
      </ol>
      {versions.length === 0 && <p className="side-panel-note muted">{t('versions.empty')}</p>}
      {versions.length > 0 && <CompareVersionsForm guideId={guide.id} versions={versions} />}
      <RestoreVersionDialog guide={guide} version={restoring} onClose={() => setRestoring(null)} />
      <MeetingRecordsPanel guide={guide} />
    </section>
  );
}
