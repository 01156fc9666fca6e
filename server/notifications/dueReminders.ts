import type { AppContext } from '../appContext.ts';
import { logger } from '../logger.ts';
import { notify } from './notify.ts';

const log = logger.child({ module: 'notifications' });
const hourMs = 3_600_000;

function day(offsetDays: number, now = new Date()): string {
  const date = new Date(now);
  date.setDate(date.getDate() + offsetDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Reminds lead drafters of a draft due tomorrow, and of one overdue (still 主备初稿 after its
 * due date): once each per guide and due date, however often it runs (the dedupe key).
 */
export async function sendDueReminders(app: AppContext, now = new Date()): Promise<void> {
  const { db } = app.database;
  const today = day(0, now);
  const tomorrow = day(1, now);
  const drafts = await db
    .selectFrom('guides')
    .select(['id', 'title', 'lead_drafter_id', 'due_date'])
    .where('stage', '=', 'drafting')
    .where('due_date', 'is not', null)
    .where('due_date', '<=', tomorrow)
    .execute();
  for (const guide of drafts) {
    const dueDate = guide.due_date!;
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
