import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchDiff } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { HarvestMenu } from '../harvest/HarvestMenu.tsx';
import { DiffModeSwitch } from './DiffModeSwitch.tsx';
import { FinalNotes } from './FinalNotes.tsx';
import { DiffStatsLine } from './DiffStatsLine.tsx';
import { DiffView, type DiffMode } from './DiffView.tsx';
import { useRefDescription } from './useRefDescription.ts';

/**
 * /diff?from=<ref>&to=<ref>: what changed between two of: a version of the guide, the live
 * guide, a class copy. Inline or side by side (&mode=sideBySide). When the leader compares a
 * class copy while revising, each changed block can be taken into the guide (采纳).
 */
export function DiffPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const mode: DiffMode = params.get('mode') === 'sideBySide' ? 'sideBySide' : 'inline';
  const diff = useQuery({ queryKey: queryKeys.diff(from, to), queryFn: () => fetchDiff(from, to), enabled: from !== '' && to !== '' });
  const fromSide = useRefDescription(from);
  const toSide = useRefDescription(to);
  const guide = toSide.guide ?? fromSide.guide;
  const canHarvest = toSide.copyId !== null && guide !== null && guide.stage === 'revising' && guide.myRoles.includes('leader');

  const setMode = (next: DiffMode) => {
    const updated = new URLSearchParams(params);
    if (next === 'inline') updated.delete('mode');
    else updated.set('mode', next);
    setParams(updated, { replace: true });
  };

  return (
    <main className="diff-page" data-testid="diff-page">
      <header className="diff-page-header">
        {guide && (
          // From 按班查看 back to the classes; from the version list back to the guide.
          <Link to={fromSide.copyId || toSide.copyId ? `/guides/${guide.id}/classes` : `/guides/${guide.id}`} className="back-link">
            ← {t('classes.backTo', { title: guide.title })}
          </Link>
        )}
        <h1 className="diff-page-title">{guide ? t('diff.titleOf', { title: guide.title }) : t('diff.title')}</h1>
        <div className="diff-sides">
          <SideLink className="diff-side is-from" label={fromSide.label} href={fromSide.href} />
          <span aria-hidden="true">→</span>
          <SideLink className="diff-side is-to" label={toSide.label} href={toSide.href} />
        </div>
      </header>
      <div className="diff-toolbar">
        <DiffModeSwitch mode={mode} onChange={setMode} />
        {diff.data && <DiffStatsLine stats={diff.data.stats} />}
        {canHarvest && <span className="muted">{t('harvest.hint')}</span>}
      </div>
      {guide && <FinalNotes guide={guide} from={from} to={to} />}
      {diff.isPending && from !== '' && <p className="page-status">{t('common.loading')}</p>}
      {diff.isError && <ErrorMessage title={t('diff.loadFailed')} error={diff.error} onRetry={() => void diff.refetch()} />}
      {diff.data && (
        <DiffView
          diff={diff.data}
          mode={mode}
          fromLabel={fromSide.label}
          toLabel={toSide.label}
          blockActions={
            canHarvest && guide && toSide.copyId
              ? (block) => <HarvestMenu guideId={guide.id} copyId={toSide.copyId!} block={block} />
              : undefined
          }
        />
      )}
    </main>
  );
}

function SideLink({ className, label, href }: { className: string; label: string; href: string | null }) {
  if (!href) return <span className={className}>{label}</span>;
  return (
    <Link className={className} to={href}>
      {label}
    </Link>
  );
}
