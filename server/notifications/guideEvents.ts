import type { Kysely } from 'kysely';
import type { AppContext } from '../appContext.ts';
import { listGroupMembers } from '../db/repos/groups.ts';
import { findGuideRow, latestFinalVersion } from '../db/repos/guides.ts';
import { findUserNames } from '../db/repos/users.ts';
import type { Database } from '../db/schema.ts';
import { notify } from './notify.ts';

/**
 * The moments teachers are told about, each said once here: who is told, the sentence, and
 * where it opens. Called by the commands after what they did is committed.
 */

async function facts(db: Kysely<Database>, guideId: string, actorId: string) {
  const [guide, names] = await Promise.all([findGuideRow(db, guideId), findUserNames(db, [actorId])]);
  return guide ? { guide, actor: names.get(actorId) ?? '' } : null;
}

const guideLink = (guideId: string) => `/guides/${guideId}`;

/** 分配备课任务: the lead drafter learns the lesson and its due date. */
export async function lessonAssigned(app: AppContext, guideId: string, actorId: string): Promise<void> {
  const known = await facts(app.database.db, guideId, actorId);
  if (!known) return;
  const { guide, actor } = known;
  const due = guide.due_date ? `，${guide.due_date} 前完成初稿` : '';
  await notify(app, {
    kind: 'assigned',
    recipients: [guide.lead_drafter_id],
    actorId,
    guideId,
    link: guideLink(guideId),
    text: `${actor}给你分配了备课任务《${guide.title}》${due}`,
    params: { actor, title: guide.title, ...(guide.due_date ? { dueDate: guide.due_date } : {}) },
  });
}

/** 提交审稿: the group's leaders learn the draft is ready for review. */
export async function draftSubmitted(app: AppContext, guideId: string, actorId: string): Promise<void> {
  const known = await facts(app.database.db, guideId, actorId);
  if (!known) return;
  const { guide, actor } = known;
  const members = await listGroupMembers(app.database.db, guide.group_id);
  await notify(app, {
    kind: 'submitted',
    recipients: members.filter((member) => member.role === 'leader').map((member) => member.id),
    actorId,
    guideId,
    link: guideLink(guideId),
    text: `${actor}提交了《${guide.title}》的初稿，等待集体审稿`,
    params: { actor, title: guide.title },
  });
}

/** 研讨会议开始: everyone in the group, with the link that opens the guide and its meeting. */
export async function meetingStarted(app: AppContext, guideId: string, actorId: string): Promise<void> {
  const known = await facts(app.database.db, guideId, actorId);
  if (!known) return;
  const { guide, actor } = known;
  const members = await listGroupMembers(app.database.db, guide.group_id);
  await notify(app, {
    kind: 'meeting',
    recipients: members.map((member) => member.id),
    actorId,
    guideId,
    link: guideLink(guideId),
    text: `${actor}开始了《${guide.title}》的研讨会议，点击进入`,
    params: { actor, title: guide.title },
  });
}

/** The teachers a comment mentions (`@姓名`), among those who may read the guide. */
async function mentioned(db: Kysely<Database>, groupId: string, body: string): Promise<string[]> {
  const members = await listGroupMembers(db, groupId);
  return members.filter((member) => body.includes(`@${member.name}`)).map((member) => member.id);
}

/** A comment or reply: the thread's author learns of a reply; each @mentioned teacher of being mentioned. */
export async function commentAdded(
  app: AppContext,
  comment: { guideId: string; actorId: string; body: string; threadAuthorId: string | null },
): Promise<void> {
  const { db } = app.database;
  const known = await facts(db, comment.guideId, comment.actorId);
  if (!known) return;
  const { guide, actor } = known;
  const quoted = comment.body.length > 40 ? `${comment.body.slice(0, 40)}…` : comment.body;
  const mentions = await mentioned(db, guide.group_id, comment.body);
  await notify(app, {
    kind: 'mention',
    recipients: mentions,
    actorId: comment.actorId,
    guideId: comment.guideId,
    link: guideLink(comment.guideId),
    text: `${actor}在《${guide.title}》的批注中提到了你：${quoted}`,
    params: { actor, title: guide.title, text: quoted },
  });
  if (comment.threadAuthorId && !mentions.includes(comment.threadAuthorId)) {
    await notify(app, {
      kind: 'reply',
      recipients: [comment.threadAuthorId],
      actorId: comment.actorId,
      guideId: comment.guideId,
      link: guideLink(comment.guideId),
      text: `${actor}回复了你在《${guide.title}》中的批注：${quoted}`,
      params: { actor, title: guide.title, text: quoted },
    });
  }
}

/** 接受 / 拒绝建议: each author learns what became of their suggestions. */
export async function suggestionsDecided(
  app: AppContext,
  guideId: string,
  actorId: string,
  decision: 'accept' | 'reject',
  authors: Iterable<string>,
): Promise<void> {
  const known = await facts(app.database.db, guideId, actorId);
  if (!known) return;
  const { guide, actor } = known;
  const state = decision === 'accept' ? 'accepted' : 'rejected';
  await notify(app, {
    kind: 'suggestion',
    recipients: authors,
    actorId,
    guideId,
    link: guideLink(guideId),
    text: `${actor}${decision === 'accept' ? '采纳' : '没有采纳'}了你对《${guide.title}》的修改建议`,
    params: { actor, title: guide.title, state },
  });
}

/** 定稿: the teachers with a class copy of the guide learn that a new final can be merged. */
export async function finalSaved(app: AppContext, guideId: string, actorId: string): Promise<void> {
  const { db } = app.database;
  const [known, final] = await Promise.all([facts(db, guideId, actorId), latestFinalVersion(db, guideId)]);
  if (!known || !final) return;
  const version = final.label;
  const { guide, actor } = known;
  const copies = await db.selectFrom('class_copies').select(['id', 'owner_id']).where('guide_id', '=', guideId).execute();
  for (const copy of copies) {
    await notify(app, {
      kind: 'final',
      recipients: [copy.owner_id],
      actorId,
      guideId,
      link: `/copies/${copy.id}`,
      text: `《${guide.title}》有了新的定稿（${version}），你的复备可以合并更新`,
      params: { actor, title: guide.title, version },
    });
  }
}
