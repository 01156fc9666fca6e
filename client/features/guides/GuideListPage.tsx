import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchGuides } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMe } from '../auth/useMe.ts';
import { useMyGroups } from '../auth/useMyGroups.ts';
import { AssignLessonDialog } from './AssignLessonDialog.tsx';
import { GuideTable } from './GuideTable.tsx';
import { MyTasksSection, myTasks } from './MyTasksSection.tsx';

/**
 * The home page: 我的备课任务 (lessons I draft, with due dates) above 我的导学案 (every guide of
 * my groups). A group leader assigns lessons from here.
 */
export function GuideListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const { groups, isLeader } = useMyGroups();
  const guides = useQuery({ queryKey: queryKeys.guides, queryFn: fetchGuides });
  const [assigning, setAssigning] = useState(false);
  const planGroup = groups[0];

  return (
    <main className="page guide-list-page">
      <MyTasksSection
        tasks={guides.isSuccess && me.data ? myTasks(guides.data, me.data.user.id) : null}
        actions={
          <>
            {planGroup && (
              <Link to={`/groups/${planGroup.id}/plan`} className="button">
                {t('plan.title')}
              </Link>
            )}
            {isLeader && (
              <Link to="/import" className="button">
                {t('import.open')}
              </Link>
            )}
            {isLeader && (
              <button type="button" className="button button-primary" onClick={() => setAssigning(true)}>
                + {t('assign.open')}
              </button>
            )}
          </>
        }
      />

      <section className="home-section" aria-labelledby="my-guides-title">
        <div className="section-heading">
          <div>
            <h2 id="my-guides-title">{t('guides.title')}</h2>
            <p className="muted">
              {t('guides.subtitle')}
              {guides.data && ` · ${t('guides.count', { count: guides.data.length })}`}
            </p>
          </div>
        </div>
        {guides.isPending && <p className="page-status">{t('common.loading')}</p>}
        {guides.isError && (
          <ErrorMessage title={t('guides.loadFailed')} error={guides.error} onRetry={() => void guides.refetch()} />
        )}
        {guides.isSuccess && guides.data.length === 0 && (
          <p className="empty-state">{isLeader ? t('guides.emptyLeader') : t('guides.empty')}</p>
        )}
        {guides.isSuccess && guides.data.length > 0 && <GuideTable guides={guides.data} />}
      </section>
      {isLeader && (
        <AssignLessonDialog
          open={assigning}
          onClose={() => setAssigning(false)}
          onAssigned={(guide) => void navigate(`/guides/${guide.id}`)}
        />
      )}
    </main>
  );
}
