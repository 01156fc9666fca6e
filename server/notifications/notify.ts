import type { NotificationKind, NotificationParams } from '../../shared/schemas/notification.ts';
import { createId } from '../../shared/editor/createId.ts';
import type { AppContext } from '../appContext.ts';
import { guidePermissions } from '../authorization.ts';
import { findGuideRow } from '../db/repos/guides.ts';
import { logger } from '../logger.ts';
import { deliverLive } from './deliverLive.ts';
import { findMutedKinds, insertNotification, presentNotification } from './notificationStore.ts';

const log = logger.child({ module: 'notifications' });

export interface NotificationDraft {
  kind: NotificationKind;
  /** Who is told; the teacher who did it never is. */
  recipients: Iterable<string>;
  actorId: string | null;
  /** The guide it is about: only teachers who may read it are told. */
  guideId: string | null;
  link: string | null;
  text: string;
  params: NotificationParams;
  /** The same key is stored at most once per teacher (reminders that must not repeat). */
  dedupeKey?: string;
}

/**
 * Tells teachers something happened: stored in each one's inbox (listed at their next login)
 * and brought at once to the app's pages and editors they have open, on this instance and,
 * through the instance events, on the others. Teachers who turned the kind off, the actor, and anyone who
 * may not read the guide are left out. Never fails the action that caused it.
 */
export async function notify(app: AppContext, draft: NotificationDraft): Promise<string[]> {
  try {
    return await notifyNow(app, draft);
  } catch (error) {
    log.error({ err: error, kind: draft.kind }, 'A notification could not be stored');
    return [];
  }
}

async function notifyNow(app: AppContext, draft: NotificationDraft): Promise<string[]> {
  const { db } = app.database;
  const guide = draft.guideId ? await findGuideRow(db, draft.guideId) : undefined;
  if (draft.guideId && !guide) return [];
  const told: string[] = [];
  for (const userId of new Set(draft.recipients)) {
    if (userId === draft.actorId) continue;
    if (guide && (await guidePermissions(db, guide, userId)).access === 'none') continue;
    if ((await findMutedKinds(db, userId)).includes(draft.kind)) continue;
    const row = {
      id: createId(12),
      user_id: userId,
      kind: draft.kind,
      guide_id: draft.guideId,
      link: draft.link,
      text: draft.text,
      params: JSON.stringify(draft.params),
      actor_id: draft.actorId,
      created_at: new Date().toISOString(),
      read_at: null,
      dedupe_key: draft.dedupeKey ?? null,
    };
    if (!(await insertNotification(db, row))) continue;
    told.push(userId);
    deliverLive(app.hocuspocus, userId, presentNotification(row));
    await app.instanceEvents.publish({ type: 'notification', userId, notificationId: row.id });
  }
  return told;
}
