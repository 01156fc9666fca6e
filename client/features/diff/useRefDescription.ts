import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parseDocumentRef } from '../../../shared/schemas/documentRef.ts';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { fetchCopy } from '../../api/copiesApi.ts';
import { fetchGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

export interface RefDescription {
  /** "定稿 v1", "当前稿", "八年级(4)班 · 刘洋" … */
  label: string;
  /** Where the document opens. */
  href: string | null;
  /** The guide the document belongs to (for a copy: the guide it was made from). */
  guide: Guide | null;
  copyId: string | null;
}

/** What a diff side (`guide:<id>`, `guide:<id>@<n>`, `copy:<id>`) is, in words a teacher reads. */
export function useRefDescription(refText: string): RefDescription {
  const { t } = useTranslation();
  const ref = parseDocumentRef(refText);
  const copyId = ref?.kind === 'copy' ? ref.copyId : null;
  const copy = useQuery({ queryKey: queryKeys.copy(copyId ?? ''), queryFn: () => fetchCopy(copyId ?? ''), enabled: copyId !== null });
  const guideId = ref?.kind === 'guide' ? ref.guideId : (copy.data?.guideId ?? null);
  const guide = useQuery({ queryKey: queryKeys.guide(guideId ?? ''), queryFn: () => fetchGuide(guideId ?? ''), enabled: guideId !== null });

  if (!ref) return { label: refText, href: null, guide: null, copyId: null };
  if (ref.kind === 'copy') {
    const label = copy.data ? t('diff.side.copy', { className: copy.data.className, owner: copy.data.owner.name }) : '…';
    return { label, href: `/copies/${ref.copyId}`, guide: guide.data ?? null, copyId: ref.copyId };
  }
  if (ref.version === null) {
    return { label: t('diff.side.live'), href: `/guides/${ref.guideId}`, guide: guide.data ?? null, copyId: null };
  }
  const version = guide.data?.versions.find((candidate) => candidate.number === ref.version);
  return {
    label: version ? versionLabelText(version.label, t) : `v${ref.version}`,
    href: `/guides/${ref.guideId}/versions/${ref.version}`,
    guide: guide.data ?? null,
    copyId: null,
  };
}
