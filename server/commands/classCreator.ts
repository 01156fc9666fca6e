import { randomUUID } from 'node:crypto';
import type { AppContext } from '../appContext.ts';
import { recordAudit } from '../db/repos/auditLog.ts';
import { activeSchoolUserIds } from '../db/repos/schoolAdmin.ts';
import { ApiError } from '../errors.ts';

export interface ClassCreatorProps {
  app: Pick<AppContext, 'database'>;
  actorId: string;
  schoolId: string;
  body: { name: string; grade: number; groupId: string; teacherId?: string | null };
}

/**
 * The 教务处 makes a class of a grade, attached to the subject group whose guides it is taught
 * from, and says who teaches it. Its teacher joins the group as a member if not in it yet, so
 * they can read its guides and make their 二次备课 copy for the class. Answers the class's id.
 */
export async function classCreator({ app, actorId, schoolId, body }: ClassCreatorProps): Promise<string> {
  const { db } = app.database;
  const group = await db.selectFrom('groups').selectAll().where('id', '=', body.groupId).where('school_id', '=', schoolId).executeTakeFirst();
  if (!group) throw new ApiError(400, 'invalid_body', 'groupId: 不是本校的备课组', ['groupId']);
  if (group.grade !== body.grade) throw new ApiError(400, 'invalid_body', `grade: 班级的年级与备课组（${group.grade} 年级）不一致`, ['grade']);
  if (body.teacherId && !(await activeSchoolUserIds(db, schoolId, [body.teacherId])).has(body.teacherId)) {
    throw new ApiError(400, 'invalid_body', 'teacherId: 不是本校在职教师', ['teacherId']);
  }
  const sameName = await db.selectFrom('classes').select('id').where('group_id', '=', body.groupId).where('name', '=', body.name).executeTakeFirst();
  if (sameName) throw new ApiError(409, 'class_exists', `备课组“${group.name}”已有班级“${body.name}”`, ['name']);

  const id = randomUUID();
  await db.transaction().execute(async (transaction) => {
    await transaction.insertInto('classes').values({ id, group_id: body.groupId, name: body.name, grade: body.grade }).execute();
    let teacherName = '';
    if (body.teacherId) {
      await transaction.insertInto('teaching_assignments').values({ class_id: id, user_id: body.teacherId }).execute();
      await transaction
        .insertInto('group_members')
        .values({ group_id: body.groupId, user_id: body.teacherId, role: 'member' })
        .onConflict((conflict) => conflict.columns(['group_id', 'user_id']).doNothing())
        .execute();
      const teacher = await transaction.selectFrom('users').select('name').where('id', '=', body.teacherId).executeTakeFirst();
      teacherName = teacher ? `，任课教师 ${teacher.name}` : '';
    }
    await recordAudit(transaction, {
      schoolId,
      actorId,
      action: 'class.create',
      targetId: id,
      summary: `新建班级“${body.name}”（${group.name}${teacherName}）`,
    });
  });
  return id;
}
