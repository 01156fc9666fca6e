import { randomUUID } from 'node:crypto';
import type { AppContext } from '../appContext.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { activeSchoolUserIds } from '../db/repos/schoolAdmin.ts';
import { ApiError } from '../errors.ts';

export interface SubjectGroupCreatorProps {
  app: Pick<AppContext, 'database'>;
  actorId: string;
  schoolId: string;
  body: { name: string; subject: string; grade: number; leaderId: string; memberIds: string[] };
}

/** Refuses leader and member ids that are not active teachers of the school (400 with the field's path). */
export async function checkTeacherIds(
  app: Pick<AppContext, 'database'>,
  schoolId: string,
  leaderId: string | undefined,
  memberIds: string[] | undefined,
): Promise<void> {
  const ids = [...(leaderId ? [leaderId] : []), ...(memberIds ?? [])];
  const active = await activeSchoolUserIds(app.database.db, schoolId, ids);
  if (leaderId && !active.has(leaderId)) throw new ApiError(400, 'invalid_body', 'leaderId: 不是本校在职教师', ['leaderId']);
  memberIds?.forEach((id, index) => {
    if (!active.has(id)) throw new ApiError(400, 'invalid_body', `memberIds.${index}: 不是本校在职教师`, ['memberIds', index]);
  });
}

/**
 * The 教务处 makes a subject group (学科 + 年级) with its leader (备课组长) and members. A
 * teacher may be in several groups (语文 and 道德与法治). Answers the group's id.
 */
export async function subjectGroupCreator({ app, actorId, schoolId, body }: SubjectGroupCreatorProps): Promise<string> {
  const { db } = app.database;
  await checkTeacherIds(app, schoolId, body.leaderId, body.memberIds);
  const id = randomUUID();
  const memberIds = [...new Set(body.memberIds)].filter((memberId) => memberId !== body.leaderId);
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto('groups')
      .values({ id, school_id: schoolId, name: body.name, subject: body.subject, grade: body.grade })
      .execute();
    await transaction
      .insertInto('group_members')
      .values([
        { group_id: id, user_id: body.leaderId, role: 'leader' as const },
        ...memberIds.map((userId) => ({ group_id: id, user_id: userId, role: 'member' as const })),
      ])
      .execute();
    await recordAudit(transaction, {
      schoolId,
      actorId,
      action: 'group.create',
      targetId: id,
      summary: `新建备课组“${body.name}”（${body.subject}，${body.grade} 年级，${memberIds.length + 1} 人）`,
    });
  });
  return id;
}
