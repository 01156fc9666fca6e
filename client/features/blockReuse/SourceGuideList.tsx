import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchGuides } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';
import { fetchSearch } from '../search/searchApi.ts';

/** A guide the blocks can come from, and the version to open first (the latest 定稿 when null). */
export interface SourceChoice {
  guideId: string;
  title: string;
  groupName: string;
  versionNumber: number | null;
  /** Shown next to the title: the version found or the newest saved one. */
  label: string | null;
}

/** The guides with a saved version the teacher may read: their groups' guides, or what the search finds in titles and content. */
function useSourceChoices(query: string, excludeGuideId: string | null): { choices: SourceChoice[]; loading: boolean; failed: boolean } {
  const words = query.trim();
  const guides = useQuery({ queryKey: queryKeys.guides, queryFn: fetchGuides, enabled: !words });
  const search = useQuery({
    queryKey: ['search', 'blockReuse', words],
    queryFn: () => fetchSearch(new URLSearchParams({ q: words })),
    enabled: Boolean(words),
    // While the next words are searched, the last results stay (no flash of 正在加载).
    placeholderData: (previous) => previous,
  });
  if (!words) {
    const choices = (guides.data ?? [])
      .filter((guide) => guide.latestVersion && guide.id !== excludeGuideId)
      .map((guide) => ({
        guideId: guide.id,
        title: guide.title,
        groupName: guide.groupName,
        versionNumber: null,
        label: guide.latestVersion?.label ?? null,
      }));
    return { choices, loading: guides.isPending, failed: guides.isError };
  }
  const seen = new Set<string>();
  const choices: SourceChoice[] = [];
  for (const result of search.data ?? []) {
    // Blocks are copied from saved versions: a live guide found counts for its versions, a class copy not at all.
    if (result.kind === 'copy' || result.guideId === excludeGuideId || seen.has(result.guideId)) continue;
    seen.add(result.guideId);
    choices.push({
      guideId: result.guideId,
      title: result.title,
      groupName: result.groupName,
      versionNumber: result.kind === 'version' ? result.versionNumber : null,
      label: result.kind === 'version' ? result.label : null,
    });
  }
  return { choices, loading: search.isPending, failed: search.isError };
}

/** 从其他导学案复制, first column: the guides to copy from, found by title or content. */
export function SourceGuideList({
  query,
  excludeGuideId,
  chosen,
  onChoose,
}: {
  query: string;
  /** The guide being edited: its blocks are already here. */
  excludeGuideId: string | null;
  chosen: string | null;
  onChoose: (choice: SourceChoice) => void;
}) {
  const { t } = useTranslation();
  const { choices, loading, failed } = useSourceChoices(query, excludeGuideId);
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (failed) return <p className="error-message">{t('blockReuse.searchFailed')}</p>;
  if (choices.length === 0) return <p className="muted">{t('blockReuse.noGuides')}</p>;
  return (
    <ul className="block-reuse-guides" aria-label={t('blockReuse.guides')}>
      {choices.map((choice) => (
        <li key={choice.guideId}>
          <button
            type="button"
            className={choice.guideId === chosen ? 'block-reuse-guide is-chosen' : 'block-reuse-guide'}
            aria-pressed={choice.guideId === chosen}
            data-testid="block-reuse-guide"
            onClick={() => onChoose(choice)}
          >
            <span className="block-reuse-guide-title">{choice.title}</span>
            <span className="muted">{[choice.label ? versionLabelText(choice.label, t) : null, choice.groupName].filter(Boolean).join(' · ')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
