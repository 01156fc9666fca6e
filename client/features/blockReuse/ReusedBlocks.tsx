import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DerivedGuide } from '../../../shared/schemas/guide.ts';

/** In a source guide's lineage: the guides and class copies that copied blocks of it — 《…》引用了「互学」. */
export function ReusedBlocks({ entries }: { entries: DerivedGuide[] }) {
  const { t } = useTranslation();
  return (
    <p className="guide-lineage-line" data-testid="lineage-reused">
      <span className="guide-lineage-label">{t('blockReuse.reusedLabel', { count: entries.length })}</span>
      {entries.map((entry) => {
        const blocks = (entry.reused ?? []).map((block) => t('blockReuse.blockName', { title: block.title || t(`blockKind.${block.kind}`) }));
        return (
          <span key={`${entry.guideId}:${entry.copy?.id ?? ''}`} className="guide-lineage-item" data-testid="lineage-reused-item">
            <Link to={entry.copy ? `/copies/${entry.copy.id}` : `/guides/${entry.guideId}`}>{t('blockReuse.originTitle', { title: entry.title })}</Link>
            {entry.copy && <span className="muted">{entry.copy.className}</span>}
            <span>{t('blockReuse.reusedBlocks', { blocks: blocks.join(t('blockReuse.blockSeparator')) })}</span>
            <span className="muted">{entry.groupName}</span>
          </span>
        );
      })}
    </p>
  );
}
