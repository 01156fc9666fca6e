import type { JSONContent } from '@tiptap/core';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchGuide, fetchGuideContent } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { GuideHeader } from '../editor/GuideHeader.tsx';
import { paperFactsOfGuide } from '../editor/paperFacts.ts';
import { EditionActions } from '../print/EditionActions.tsx';
import { PaperHeading } from '../editor/PaperHeading.tsx';
import { GuideSidePanel } from './GuideSidePanel.tsx';
import { ReadOnlyGuideDocument } from './ReadOnlyGuideDocument.tsx';
import { isFinalVersion } from './versionKinds.ts';
import { diffHref } from './diffLinks.ts';
import { RestoreVersionDialog } from './RestoreVersionDialog.tsx';
import type { VersionSummary } from '../../../shared/schemas/guide.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

/** /guides/:guideId/versions/:versionNumber: one saved version (初稿, 研讨稿, 定稿 vN), read-only. */
export function VersionPage() {
  const { t } = useTranslation();
  const { guideId = '', versionNumber = '' } = useParams();
  const number = Number(versionNumber);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId) });
  const content = useQuery({
    queryKey: queryKeys.guideContent(guideId, number),
    queryFn: () => fetchGuideContent(guideId, number),
    enabled: Number.isInteger(number) && number > 0,
    // A saved version never changes.
    staleTime: Infinity,
  });

  if (guide.isPending || content.isPending) return <p className="page-status">{t('common.loading')}</p>;
  const error = guide.error ?? content.error;
  if (error || !guide.data || !content.data) {
    return (
      <main className="page">
        <ErrorMessage title={t('versions.loadFailed')} error={error ?? new Error(versionNumber)} />
        <Link to={`/guides/${guideId}`}>{t('versions.backToLive')}</Link>
      </main>
    );
  }

  const version = guide.data.versions.find((candidate) => candidate.number === number);
  const label = version ? versionLabelText(version.label, t) : `v${number}`;
  // On a final, the sign-off is the one given when that version was saved.
  const signed = version && isFinalVersion(version);
  const paper = {
    ...paperFactsOfGuide(guide.data),
    reviewer: signed ? version.author.name : null,
    reviewedAt: signed ? version.createdAt : null,
  };

  return (
    <main className="editor-page version-page" data-version={number}>
      <GuideHeader guide={guide.data} />
      <EditionActions target={{ kind: 'guide', id: guideId, version: number }} />
      <div className="version-banner" role="status" data-testid="version-banner">
        <span className="version-banner-text">
          {[t('versions.historical'), label, version?.author.name, version && formatDateTime(version.createdAt), t('versions.readOnly')]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <Link to={diffHref(guideId, number, null)} className="button button-quiet" data-testid="version-compare-live">
          {t('versions.compare.live')}
        </Link>
        {version && guide.data.access === 'edit' && (
          <button type="button" className="button button-quiet" onClick={() => setRestoring(version)} data-testid="version-restore">
            {t('versions.restore.action')}
          </button>
        )}
        <Link to={`/guides/${guideId}`} className="button button-quiet">
          {t('versions.backToLive')} →
        </Link>
      </div>
      <div className="editor-workspace has-aside">
        <div className="paper-desk">
          <article className="paper is-version" aria-label={`${guide.data.title} · ${label}`}>
            <PaperHeading paper={{ ...paper, kicker: `${paper.kicker} · ${label}` }} />
            <ReadOnlyGuideDocument content={content.data as JSONContent} />
          </article>
        </div>
        <GuideSidePanel guide={guide.data} currentVersion={number} />
      </div>
      <RestoreVersionDialog guide={guide.data} version={restoring} onClose={() => setRestoring(null)} />
    </main>
  );
}
