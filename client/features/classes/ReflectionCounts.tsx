import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchReflectionCounts } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { termLabelText } from '../../i18n/termLabel.ts';

/** 教后反思 this term per teacher, against the school's target (the leader sees everyone, a member themself). */
export function ReflectionCounts({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const counts = useQuery({ queryKey: queryKeys.reflections(groupId), queryFn: () => fetchReflectionCounts(groupId) });
  if (!counts.data) return null;
  return (
    <section className="side-panel reflection-counts" data-testid="reflection-counts">
      <h2 className="side-panel-title">{t('reflections.title')}</h2>
      <p className="side-panel-note muted">{t('reflections.term', { term: termLabelText(counts.data.term.label, t), target: counts.data.target })}</p>
      <ul className="reflection-list">
        {counts.data.teachers.map((row) => (
          <li key={row.teacher.id} data-teacher-id={row.teacher.id}>
            <span className="reflection-name">{row.teacher.name}</span>
            <meter min={0} max={counts.data.target} value={row.reflections} aria-label={row.teacher.name} />
            <span className="reflection-figure">
              {t('reflections.figure', { reflections: row.reflections, target: counts.data.target, taught: row.taught })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
