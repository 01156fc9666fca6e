import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GuideSummary } from '../../../shared/schemas/guide.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { isOverdue } from '../../i18n/dueDate.ts';

/** The lessons the teacher is lead drafter (主备) of and has not submitted yet, the earliest due first. */
export function myTasks(guides: GuideSummary[], userId: string): GuideSummary[] {
  return guides
    .filter((guide) => guide.leadDrafter.id === userId && guide.stage === 'drafting')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}

/** 我的备课任务: one card per lesson to draft, with its due date (red with 已逾期 when late). */
interface MyTasksSectionProps {
  /** Null while the guides are loading. */
  tasks: GuideSummary[] | null;
  /** Buttons on the heading's right (学期备课计划, 分配备课任务). */
  actions?: ReactNode;
}

export function MyTasksSection({ tasks, actions }: MyTasksSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="home-section" aria-labelledby="my-tasks-title" data-testid="my-tasks">
      <div className="section-heading">
        <div>
          <h2 id="my-tasks-title">{t('tasks.title')}</h2>
          <p className="muted">{t('tasks.subtitle')}</p>
        </div>
        {actions && <div className="section-actions">{actions}</div>}
      </div>
      {tasks === null ? null : tasks.length === 0 ? (
        <p className="tasks-empty">{t('tasks.empty')}</p>
      ) : (
        <ul className="task-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <Link
                to={`/guides/${task.id}`}
                className={isOverdue(task.dueDate, task.stage) ? 'task-card is-overdue' : 'task-card'}
                data-guide-id={task.id}
              >
                <span className="task-title">{task.title}</span>
                <span className="task-meta">
                  {t(`lessonType.${task.lessonType}`, { defaultValue: task.lessonType })}
                  {task.period ? ` · ${task.period}` : ''} · {task.groupName}
                </span>
                <span className="task-due">
                  <span className="muted">{t('tasks.due')}</span> <DueDate dueDate={task.dueDate} stage={task.stage} />
                </span>
                <span className="task-open">{t('tasks.open')} →</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
