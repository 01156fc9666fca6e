import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { stages } from '../../../shared/workflow/stages.ts';
import { fetchGroupPlan, fetchTerms } from '../../api/groupsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { isOverdue } from '../../i18n/dueDate.ts';
import { useMe } from '../auth/useMe.ts';
import { useMyGroups } from '../auth/useMyGroups.ts';
import { AssignLessonDialog } from '../guides/AssignLessonDialog.tsx';
import { GroupTermReport } from './GroupTermReport.tsx';
import { TermPlanTable } from './TermPlanTable.tsx';
import { schoolTermOf } from '../../../shared/workflow/schoolTerm.ts';
import { localToday } from '../../i18n/dueDate.ts';
import { termLabelText } from '../../i18n/termLabel.ts';

/** The term the plan opens on: the one today falls in, else the latest; none where the school has no terms. */
function currentTermId(terms: readonly { id: string; startDate: string; endDate: string }[]): string | null {
  return (schoolTermOf(terms, localToday()) ?? terms[0])?.id ?? null;
}

/**
 * /groups/:groupId/plan, 学期备课计划: every lesson of the group with its lead drafter, due date,
 * stage and latest version. The leader assigns lessons from here; members read it.
 */
export function TermPlanPage() {
  const { t } = useTranslation();
  const { groupId = '' } = useParams();
  const me = useMe();
  const { groups } = useMyGroups();
  const group = groups.find((candidate) => candidate.id === groupId);
  const terms = useQuery({ queryKey: queryKeys.terms, queryFn: fetchTerms });
  // null: every term (also where the school has set no terms); undefined: not chosen yet.
  const [chosenTerm, setChosenTerm] = useState<string | null | undefined>(undefined);
  const termId = chosenTerm !== undefined ? chosenTerm : terms.data ? currentTermId(terms.data) : undefined;
  const plan = useQuery({
    queryKey: queryKeys.groupPlan(groupId, termId ?? null),
    queryFn: () => fetchGroupPlan(groupId, termId ?? null),
    enabled: termId !== undefined || terms.isError,
  });
  const [assigning, setAssigning] = useState(false);
  const lessons = plan.data ?? [];
  const overdue = lessons.filter((lesson) => isOverdue(lesson.dueDate, lesson.stage)).length;

  return (
    <main className="page plan-page">
      <div className="page-heading">
        <div>
          <h1>{t('plan.title')}</h1>
          <p className="muted">
            {group?.name ?? groupId}
            {plan.isSuccess && ` · ${t('plan.count', { count: lessons.length })}`}
          </p>
        </div>
        {group?.role === 'leader' && (
          <div className="plan-actions">
            <Link to={`/groups/${groupId}/label-synonyms`} className="button">
              {t('labelSynonyms.open')}
            </Link>
            <button type="button" className="button button-primary" onClick={() => setAssigning(true)}>
              + {t('assign.open')}
            </button>
          </div>
        )}
      </div>
      {(terms.data?.length ?? 0) > 0 && (
        <label className="plan-term">
          {t('plan.term')}
          <select
            value={termId ?? ''}
            onChange={(event) => setChosenTerm(event.target.value === '' ? null : event.target.value)}
          >
            {terms.data!.map((term) => (
              <option key={term.id} value={term.id}>
                {termLabelText(term.name, t)}
              </option>
            ))}
            <option value="">{t('plan.allTerms')}</option>
          </select>
        </label>
      )}
      {groups.length > 1 && (
        <nav className="plan-groups" aria-label={t('plan.groups')}>
          {groups.map((candidate) => (
            <Link
              key={candidate.id}
              to={`/groups/${candidate.id}/plan`}
              className={candidate.id === groupId ? 'tag' : 'tag tag-quiet'}
              aria-current={candidate.id === groupId ? 'page' : undefined}
            >
              {candidate.name}
            </Link>
          ))}
        </nav>
      )}
      {plan.isSuccess && lessons.length > 0 && (
        <ul className="plan-summary" aria-label={t('plan.summary')}>
          {stages.map((stage) => (
            <li key={stage} className={`plan-summary-item stage-${stage}`}>
              <span className="plan-summary-count">{lessons.filter((lesson) => lesson.stage === stage).length}</span>
              {t(`stage.${stage}`)}
            </li>
          ))}
          {overdue > 0 && (
            <li className="plan-summary-item is-overdue">
              <span className="plan-summary-count">{overdue}</span>
              {t('tasks.overdue')}
            </li>
          )}
        </ul>
      )}
      {plan.isPending && <p className="page-status">{t('common.loading')}</p>}
      {plan.isError && (
        <ErrorMessage title={t('plan.loadFailed')} error={plan.error} onRetry={() => void plan.refetch()} />
      )}
      {plan.isSuccess && lessons.length === 0 && <p className="empty-state">{t('plan.empty')}</p>}
      {plan.isSuccess && lessons.length > 0 && <TermPlanTable lessons={lessons} userId={me.data?.user.id} />}
      {termId && <GroupTermReport groupId={groupId} termId={termId} />}
      {group?.role === 'leader' && (
        <AssignLessonDialog
          open={assigning}
          groupId={groupId}
          onClose={() => setAssigning(false)}
          onAssigned={() => undefined}
        />
      )}
    </main>
  );
}
