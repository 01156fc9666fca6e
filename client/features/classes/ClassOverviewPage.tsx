import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchGuideClasses } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { fetchGuide } from '../../api/guidesApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { StageBadge } from '../../components/StageBadge.tsx';
import { ClassCopyTable } from './ClassCopyTable.tsx';
import { HarvestNotes } from './HarvestNotes.tsx';
import { ReflectionCounts } from './ReflectionCounts.tsx';
import '../diff/diff.css';
import './classes.css';
import { versionLabelText } from '../../i18n/versionLabel.ts';

/**
 * /guides/:guideId/classes: one lesson across its classes (the leader's and the group's view):
 * every class copy with its teacher, class, base final and a summary of its adaptation; one
 * click opens its full diff. While revising, the leader can take blocks from the copies (采纳).
 */
export function ClassOverviewPage() {
  const { t } = useTranslation();
  const { guideId = '' } = useParams();
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId) });
  const rows = useQuery({ queryKey: queryKeys.guideClasses(guideId), queryFn: () => fetchGuideClasses(guideId) });

  if (guide.isPending || rows.isPending) return <p className="page-status">{t('common.loading')}</p>;
  const error = guide.error ?? rows.error;
  if (error || !guide.data || !rows.data) {
    return (
      <main className="page">
        <ErrorMessage title={t('classes.loadFailed')} error={error ?? new Error(guideId)} />
        <Link to={`/guides/${guideId}`}>{t('classes.backToGuide')}</Link>
      </main>
    );
  }
  const canHarvest = guide.data.stage === 'revising' && guide.data.myRoles.includes('leader');

  return (
    <main className="classes-page" data-testid="classes-page">
      <header className="classes-header">
        <Link to={`/guides/${guideId}`} className="back-link">
          ← {t('classes.backTo', { title: guide.data.title })}
        </Link>
        <h1 className="classes-title">
          <span>{t('classes.title', { title: guide.data.title })}</span>
          <StageBadge stage={guide.data.stage} />
          {guide.data.latestVersion && <span className="tag tag-quiet">{versionLabelText(guide.data.latestVersion.label, t)}</span>}
        </h1>
        <p className="muted">{canHarvest ? t('classes.introHarvest') : t('classes.intro')}</p>
      </header>
      <div className="classes-layout">
        <div className="classes-main">
          {rows.data.length === 0 ? (
            <p className="empty-state">{t('classes.none')}</p>
          ) : (
            <ClassCopyTable guideId={guideId} rows={rows.data} canHarvest={canHarvest} />
          )}
        </div>
        <aside className="side-panels">
          <ReflectionCounts groupId={guide.data.groupId} />
          <HarvestNotes guideId={guideId} />
        </aside>
      </div>
    </main>
  );
}
