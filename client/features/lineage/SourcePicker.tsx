import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchGuide, fetchGuides } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import type { LessonSource } from './lessonSource.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

/**
 * 从已有导学案新建 in the assign dialog: any guide with a 定稿 the leader may read (their groups'
 * earlier lessons, last year's included), or a blank start from a template.
 */
export function SourcePicker({ source, onChange }: { source: LessonSource | null; onChange: (source: LessonSource | null) => void }) {
  const { t } = useTranslation();
  const guides = useQuery({ queryKey: queryKeys.guides, queryFn: fetchGuides });
  const finals = (guides.data ?? []).filter((guide) => guide.latestVersion?.kind === 'final');

  const choose = async (guideId: string) => {
    if (!guideId) return onChange(null);
    const guide = await fetchGuide(guideId);
    const final = [...guide.versions].reverse().find((version) => version.kind === 'final');
    if (!final) return onChange(null);
    onChange({ guideId, versionNumber: final.number, versionLabel: final.label, title: guide.title, templateId: guide.templateId });
  };

  return (
    <label className="field field-span">
      <span className="field-label">{t('lineage.startFrom')}</span>
      <select name="fromGuideId" value={source?.guideId ?? ''} onChange={(event) => void choose(event.target.value)} data-testid="lineage-source">
        <option value="">{t('lineage.blank')}</option>
        {source && !finals.some((guide) => guide.id === source.guideId) && (
          <option value={source.guideId}>
            {source.title} · {source.versionLabel}
          </option>
        )}
        {finals.map((guide) => (
          <option key={guide.id} value={guide.id}>
            {guide.title} · {guide.latestVersion ? versionLabelText(guide.latestVersion.label, t) : ''} · {guide.groupName}
          </option>
        ))}
      </select>
    </label>
  );
}
