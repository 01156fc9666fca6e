import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { ReusedBlocks } from '../blockReuse/ReusedBlocks.tsx';
import { termLabelText } from '../../i18n/termLabel.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';
import { StageBadge } from '../../components/StageBadge.tsx';
import { useMyGroups } from '../auth/useMyGroups.ts';
import { lazyComponent } from '../../components/lazyComponent.tsx';
import type { LessonSource } from './lessonSource.ts';
import './lineage.css';

// 以此定稿新建's dialog comes when it is first opened.
const AssignLessonDialog = lazyComponent(() => import('../guides/AssignLessonDialog.tsx').then((module) => module.AssignLessonDialog));

/**
 * A guide's lineage under its header: 来源 (the guide and version it was started from, its group
 * and term), the guides started from it, and for a leader 以此定稿新建 — a new lesson from the
 * final shown (the version page's, or the guide's latest).
 */
export function GuideLineage({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { versionNumber } = useParams();
  const { isLeader } = useMyGroups();
  const [source, setSource] = useState<LessonSource | null>(null);
  const shown = versionNumber ? guide.versions.find((version) => version.number === Number(versionNumber)) : undefined;
  const final = shown ? (shown.kind === 'final' ? shown : undefined) : [...guide.versions].reverse().find((version) => version.kind === 'final');
  const { origin } = guide;
  const derived = (guide.derived ?? []).filter((made) => !made.reused);
  const reused = (guide.derived ?? []).filter((made) => made.reused);
  if (!origin && derived.length === 0 && reused.length === 0 && !(isLeader && final)) return null;

  return (
    <div className="guide-lineage" data-testid="guide-lineage">
      {origin && (
        <p className="guide-lineage-line" data-testid="lineage-origin">
          <span className="guide-lineage-label">{t('lineage.origin')}</span>
          <Link to={origin.versionNumber ? `/guides/${origin.guideId}/versions/${origin.versionNumber}` : `/guides/${origin.guideId}`}>
            {origin.title}
          </Link>
          <span className="muted">{[origin.versionLabel && versionLabelText(origin.versionLabel, t), origin.groupName, origin.term && termLabelText(origin.term, t)].filter(Boolean).join(' · ')}</span>
        </p>
      )}
      {derived.length > 0 && (
        <p className="guide-lineage-line" data-testid="lineage-derived">
          <span className="guide-lineage-label">{t('lineage.derived', { count: derived.length })}</span>
          {derived.map((made) => (
            <span key={made.guideId} className="guide-lineage-item">
              <Link to={`/guides/${made.guideId}`}>{made.title}</Link>
              <span className="muted">{made.groupName}</span>
              <StageBadge stage={made.stage} />
            </span>
          ))}
        </p>
      )}
      {reused.length > 0 && <ReusedBlocks entries={reused} />}
      {isLeader && final && (
        <button
          type="button"
          className="button button-quiet guide-lineage-reuse"
          data-testid="reuse-final"
          onClick={() =>
            setSource({ guideId: guide.id, versionNumber: final.number, versionLabel: final.label, title: guide.title, templateId: guide.templateId })
          }
        >
          {t('lineage.reuse', { label: final.label })}
        </button>
      )}
      {source && (
        <AssignLessonDialog
          open
          source={source}
          onClose={() => setSource(null)}
          onAssigned={(made) => void navigate(`/guides/${made.id}`)}
        />
      )}
    </div>
  );
}
