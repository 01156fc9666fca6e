import { useQuery } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { kickerLine } from '../../../shared/edition/titleLines.ts';
import { fetchGuide, fetchGuideContent } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMyGroups } from '../auth/useMyGroups.ts';
import { isFinalVersion } from '../versions/versionKinds.ts';
import { editionFromQuery, PrintPreview } from './PrintPreview.tsx';

/** /guides/:guideId/print?edition=student|teacher&version=N: a guide's print preview. */
export function PrintGuidePage() {
  const { t } = useTranslation();
  const { guideId = '' } = useParams();
  const [search] = useSearchParams();
  const kind = editionFromQuery(search.get('edition'));
  const versionParam = Number(search.get('version'));
  const version = Number.isInteger(versionParam) && versionParam > 0 ? versionParam : null;
  const { groups } = useMyGroups();
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId) });
  const content = useQuery({
    queryKey: queryKeys.guideContent(guideId, version),
    queryFn: () => fetchGuideContent(guideId, version),
  });

  if (guide.isPending || content.isPending) return <p className="page-status">{t('common.loading')}</p>;
  const error = guide.error ?? content.error;
  if (error || !guide.data || !content.data) {
    return (
      <main className="page">
        <ErrorMessage title={t('print.loadFailed')} error={error ?? new Error(guideId)} />
        <Link to={`/guides/${guideId}`}>{t('print.back')}</Link>
      </main>
    );
  }

  const saved = version === null ? null : guide.data.versions.find((candidate) => candidate.number === version);
  // On a final, the sign-off is the one given when that version was saved (as VersionPage shows it).
  const signed = saved && isFinalVersion(saved);
  const schoolName = groups.find((group) => group.id === guide.data.groupId)?.schoolName;
  return (
    <PrintPreview
      target={{ kind: 'guide', id: guideId, version }}
      kind={kind}
      content={content.data as JSONContent}
      backTo={version === null ? `/guides/${guideId}` : `/guides/${guideId}/versions/${version}`}
      facts={{
        title: guide.data.title,
        lessonType: guide.data.lessonType,
        period: guide.data.period,
        leadDrafter: guide.data.leadDrafter.name,
        reviewer: signed ? saved.author.name : (guide.data.reviewer?.name ?? null),
        reviewedAt: signed ? saved.createdAt : guide.data.reviewedAt,
        className: null,
        teachingDate: guide.data.header.teachingDate ?? null,
        kicker: kickerLine(schoolName, guide.data.groupName),
        unit: guide.data.unit,
        versionLabel: saved?.label ?? null,
      }}
    />
  );
}
