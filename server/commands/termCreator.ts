import { randomUUID } from 'node:crypto';
import type { AppContext } from '../appContext.ts';
import { isUniqueViolation } from '../db/isUniqueViolation.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { ApiError } from '../errors.ts';

export interface TermCreatorProps {
  app: Pick<AppContext, 'database'>;
  actorId: string;
  schoolId: string;
  body: { name: string; startDate: string; endDate: string };
}

/** The 教务处 sets a term (学期) with its first and last day; names are unique in the school. Answers its id. */
export async function termCreator({ app, actorId, schoolId, body }: TermCreatorProps): Promise<string> {
  const id = randomUUID();
  try {
    await app.database.db.transaction().execute(async (transaction) => {
      await transaction
        .insertInto('terms')
        .values({ id, school_id: schoolId, name: body.name, start_date: body.startDate, end_date: body.endDate, created_at: new Date().toISOString() })
        .execute();
      await recordAudit(transaction, {
        schoolId,
        actorId,
        action: 'term.create',
        targetId: id,
        summary: `新建学期“${body.name}”（${body.startDate} 至 ${body.endDate}）`,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError(409, 'term_exists', `已有名为“${body.name}”的学期`, ['name']);
    throw error;
  }
  return id;
}
