import { addDays, defaultSchoolTimeZone, schoolDay } from '../../shared/time/schoolTime.ts';
import type { AppContext } from '../appContext.ts';
import { logger } from '../logger.ts';
import { notify } from './notify.ts';

const log = logger.child({ module: 'notifications' });
const hourMs = 3_600_000;

/**
 * Reminds lead drafters of a draft due tomorrow, and of one overdue (still 主备初稿 after its
 * due date): once each per guide and due date, however often it runs (the dedupe key).
 * "Today" and "tomorrow" are the days at the guide's school, in its time zone.
 */
export async function sendDueReminders(app: AppContext, now = new Date()): Promise<void> {
  const { db } = app.database;
  // No school's tomorrow is later than the day after tomorrow in UTC. The UTC day is read off
  // the ISO form rather than through Intl (schoolDay): the first Intl date format loads the
  // time-zone and locale data, about 7 MB, which this hourly query alone should not hold when
  // no draft is due; schoolDay still gives each due draft its school's day below.
  const latestTomorrow = addDays(now.toISOString().slice(0, 10), 2);
  const drafts = await db
    .selectFrom('guides')
    .innerJoin('groups', 'groups.id', 'guides.group_id')
    .leftJoin('schools', 'schools.id', 'groups.school_id')
    .select(['guides.id', 'guides.title', 'guides.lead_drafter_id', 'guides.due_date', 'schools.time_zone'])
    .where('guides.stage', '=', 'drafting')
    .where('guides.due_date', 'is not', null)
    .where('guides.due_date', '<=', latestTomorrow)
    .execute();
  for (const guide of drafts) {
    const dueDate = guide.due_date!;
    const today = schoolDay(now, guide.time_zone ?? defaultSchoolTimeZone);
    const tomorrow = addDays(today, 1);
    const state = dueDate === tomorrow ? 'tomorrow' : dueDate < today ? 'overdue' : null;
    if (!state) continue;
    await notify(app, {
      kind: 'due',
      recipients: [guide.lead_drafter_id],
      actorId: null,
      guideId: guide.id,
      link: `/guides/${guide.id}`,
      text: state === 'tomorrow' ? `《${guide.title}》的初稿明天（${dueDate}）截止` : `《${guide.title}》的初稿已逾期（截止 ${dueDate}）`,
      params: { title: guide.title, dueDate, state },
      dedupeKey: `due:${state}:${guide.id}:${dueDate}`,
    });
  }
}

/** Runs the reminders now and every hour until stopped. */
export function startDueReminders(app: AppContext): { stop(): void } {
  const run = () => void sendDueReminders(app).catch((error: unknown) => log.error({ err: error }, 'Due reminders failed'));
  run();
  const timer = setInterval(run, hourMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
