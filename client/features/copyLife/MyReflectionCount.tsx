import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchReflectionCounts } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { termLabelText } from '../../i18n/termLabel.ts';

/** "本学期教后反思 3 / 30": the teacher's own count this term. */
export function MyReflectionCount({ groupId, userId }: { groupId: string; userId: string }) {
  const { t } = useTranslation();
  const counts = useQuery({ queryKey: queryKeys.reflections(groupId), queryFn: () => fetchReflectionCounts(groupId) });
  const mine = counts.data?.teachers.find((row) => row.teacher.id === userId);
  if (!counts.data || !mine) return null;
  return (
    <span className="my-reflections" data-testid="my-reflections" title={termLabelText(counts.data.term.label, t)}>
      {t('copyLife.myReflections', { count: mine.reflections, target: counts.data.target })}
    </span>
  );
}
