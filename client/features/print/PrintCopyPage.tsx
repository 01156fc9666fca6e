import { useQuery } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { copyVersionLine, kickerLine } from '../../../shared/edition/titleLines.ts';
import { fetchCopy, fetchCopyContent } from '../../api/copiesApi.ts';
import { fetchGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMyGroups } from '../auth/useMyGroups.ts';
import { useCopyStatus } from '../copyLife/useCopyStatus.ts';
import { editionFromQuery, PrintPreview } from './PrintPreview.tsx';

/** /copies/:copyId/print?edition=student|teacher: a class copy's print preview, its class in the header. */
export function PrintCopyPage() {
  const { t } = useTranslation();
  const { copyId = '' } = useParams();
  const [search] = useSearchParams();
  const kind = editionFromQuery(search.get('edition'));
  const { groups } = useMyGroups();
  const copy = useQuery({ queryKey: queryKeys.copy(copyId), queryFn: () => fetchCopy(copyId) });
  const guideId = copy.data?.guideId ?? '';
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId), enabled: guideId !== '' });
  const content = useQuery({ queryKey: queryKeys.copyContent(copyId), queryFn: () => fetchCopyContent(copyId) });
  // 授课时间 in the header comes from the copy's 上课日期 (已上课).
  const status = useCopyStatus(copyId);

  if (copy.isPending || content.isPending || status.isPending || (guideId !== '' && guide.isPending)) return <p className="page-status">{t('common.loading')}</p>;
  const error = copy.error ?? content.error ?? guide.error;
  if (error || !copy.data || !content.data) {
    return (
      <main className="page">
        <ErrorMessage title={t('print.loadFailed')} error={error ?? new Error(copyId)} />
        <Link to={`/copies/${copyId}`}>{t('print.back')}</Link>
      </main>
    );
  }

  const groupId = guide.data?.groupId;
  const schoolName = groups.find((group) => group.id === groupId)?.schoolName;
  return (
    <PrintPreview
      target={{ kind: 'copy', id: copyId }}
      kind={kind}
      content={content.data as JSONContent}
      backTo={`/copies/${copyId}`}
      facts={{
        title: copy.data.guideTitle,
        lessonType: copy.data.lessonType,
        period: copy.data.period,
        leadDrafter: copy.data.leadDrafter.name,
        reviewer: copy.data.reviewer?.name ?? null,
        reviewedAt: copy.data.reviewedAt,
        className: copy.data.className,
        teachingDate: status.data?.taughtOn ?? null,
        kicker: kickerLine(schoolName, guide.data?.groupName ?? ''),
        unit: guide.data?.unit ?? null,
        versionLabel: copyVersionLine(copy.data.className, copy.data.baseVersionLabel),
      }}
    />
  );
}
