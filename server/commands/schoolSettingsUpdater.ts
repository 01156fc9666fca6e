import type { AppContext } from '../appContext.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { findSchool, setSchoolTimeZone } from '../db/repos/schools.ts';

export interface SchoolSettingsUpdaterProps {
  app: Pick<AppContext, 'database'>;
  actorId: string;
  schoolId: string;
  body: { timeZone: string };
}

/**
 * The 教务处 sets the school's time zone: from then on every date and time is shown, printed,
 * exported and counted ("today", due, overdue) in it. Recorded in the audit log.
 */
export async function schoolSettingsUpdater({ app, actorId, schoolId, body }: SchoolSettingsUpdaterProps): Promise<void> {
  await app.database.db.transaction().execute(async (transaction) => {
    const before = await findSchool(transaction, schoolId);
    if (before?.timeZone === body.timeZone) return;
    await setSchoolTimeZone(transaction, schoolId, body.timeZone);
    await recordAudit(transaction, {
      schoolId,
      actorId,
      action: 'school.timeZone',
      targetId: schoolId,
      summary: `学校时区改为 ${body.timeZone}（原为 ${before?.timeZone ?? '未设置'}）`,
    });
  });
}
