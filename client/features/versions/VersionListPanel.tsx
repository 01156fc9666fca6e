import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { MeetingRecordsPanel } from '../meeting/MeetingRecordsPanel.tsx';
import { isFinalVersion } from './versionKinds.ts';

interface VersionListPanelProps {
  guide: Guide;
  /** The version on screen, when a saved version is open. */
  currentVersion?: number;
}

/** 版本记录: 初稿, 研讨稿, 定稿 v1 … with author and time; each opens read-only. */
export function VersionListPanel({ guide, currentVersion }: VersionListPanelProps) {
  const { t } = useTranslation();
  const versions = [...guide.versions].sort((a, b) => a.number - b.number);

  return (
    <section className="side-panel" aria-labelledby="version-list-title" data-testid="version-list">
      <h2 id="version-list-title" className="side-panel-title">
        {t('versions.title')}
      </h2>
      <ol className="version-list">
        {versions.map((version) => {
          const current = version.number === currentVersion;
          return (
            <li key={version.number}>
              <Link
                to={`/guides/${guide.id}/versions/${version.number}`}
                className={[
                  'version-item',
                  isFinalVersion(version) ? 'is-final' : '',
                  current ? 'is-current' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-current={current ? 'page' : undefined}
                data-version={version.number}
              >
                <span className="version-label">{version.label}</span>
                <span className="version-meta">
                  {version.author.name} · {formatDateTime(version.createdAt)}
                </span>
                {version.checkOverride && (
                  <span className="version-meta version-check-override" data-testid="check-override">
                    {t('check.override', { reason: version.checkOverride })}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
        <li>
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
      <MeetingRecordsPanel guide={guide} />
    </section>
  );
}
