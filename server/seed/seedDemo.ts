import type { JSONContent } from '@tiptap/core';
import { hashPassword } from '../auth/password.ts';
import { guideCreator } from '../commands/guideCreator.ts';
import type { AppContext } from '../appContext.ts';

interface DemoGuideMeta {
  title: string;
  period?: string;
  unit?: string;
  templateId: string;
}

export const demoPassword = 'demo1234';
export const demoSchoolId = 'school-demo';
export const demoGroupId = 'group-math8';

/** The demo people of contract.md: 王磊 leads the group, each teaches one class. */
export const demoUsers = [
  { id: 'user-wanglei', username: 'wanglei', name: '王磊', role: 'leader', classId: 'class-8-1' },
  { id: 'user-lifang', username: 'lifang', name: '李芳', role: 'member', classId: 'class-8-2' },
  { id: 'user-zhangwei', username: 'zhangwei', name: '张伟', role: 'member', classId: 'class-8-3' },
  { id: 'user-liuyang', username: 'liuyang', name: '刘洋', role: 'member', classId: 'class-8-4' },
] as const;

/** The demo school's 教务处 (academic office): the administrator, in no group. */
export const demoAdmin = { id: 'user-jiaowu', username: 'jiaowu', name: '赵敏' } as const;

const demoClasses = [
  { id: 'class-8-1', name: '八年级(1)班' },
  { id: 'class-8-2', name: '八年级(2)班' },
  { id: 'class-8-3', name: '八年级(3)班' },
  { id: 'class-8-4', name: '八年级(4)班' },
];

/**
 * Seeds the demo school on the first start of an empty database (unless SEED_DEMO=0), with
 * one guide 李芳 has drafted, so a newcomer sees a real guide at once.
 */
export async function seedDemo(app: AppContext): Promise<boolean> {
  const { db } = app.database;
  const existing = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const now = new Date().toISOString();
  await db.transaction().execute(async (transaction) => {
    await transaction.insertInto('schools').values({ id: demoSchoolId, name: '示例中学' }).execute();
    await transaction
      .insertInto('groups')
      .values({ id: demoGroupId, school_id: demoSchoolId, name: '八年级数学备课组', subject: '数学', grade: 8 })
      .execute();
    await transaction
      .insertInto('classes')
      .values(demoClasses.map((schoolClass) => ({ ...schoolClass, group_id: demoGroupId, grade: 8 })))
      .execute();
    await transaction
      .insertInto('users')
      .values({ ...demoAdmin, password_hash: await hashPassword(demoPassword), created_at: now, school_id: demoSchoolId })
      .execute();
    await transaction.insertInto('user_roles').values({ user_id: demoAdmin.id, role: 'admin' }).execute();
    for (const user of demoUsers) {
      await transaction
        .insertInto('users')
        .values({
          id: user.id,
          username: user.username,
          name: user.name,
          password_hash: await hashPassword(demoPassword),
          created_at: now,
          school_id: demoSchoolId,
          subjects: JSON.stringify(['数学']),
          grades: JSON.stringify([8]),
        })
        .execute();
      await transaction
        .insertInto('group_members')
        .values({ group_id: demoGroupId, user_id: user.id, role: user.role })
        .execute();
      await transaction.insertInto('teaching_assignments').values({ class_id: user.classId, user_id: user.id }).execute();
    }
  });

  // Loaded on first use: only an empty database with demo data on needs the 40 KB guide.
  const [{ default: meta }, { default: content }] = await Promise.all([
    import('./demoGuide.meta.json', { with: { type: 'json' } }) as Promise<{ default: DemoGuideMeta }>,
    import('./demoGuide.json', { with: { type: 'json' } }) as Promise<{ default: JSONContent }>,
  ]);
  const templateId = app.templates.has(meta.templateId) ? meta.templateId : [...app.templates.keys()][0];
  await guideCreator({
    app,
    actorId: 'user-wanglei',
    body: {
      title: meta.title,
      templateId,
      groupId: demoGroupId,
      leadDrafterId: 'user-lifang',
      period: meta.period,
      unit: meta.unit,
      dueDate: new Date(Date.now() + 5 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
    },
    content,
  });
  return true;
}
