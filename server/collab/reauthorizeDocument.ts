import type { Hocuspocus } from '@hocuspocus/server';
import type { Access } from '../../shared/workflow/access.ts';
import { stageLabels, type Stage } from '../../shared/workflow/stages.ts';
import type { Action } from '../../shared/workflow/transitions.ts';
import type { AppContext } from '../appContext.ts';
import { reauthorizeConnection } from './connectionAccess.ts';

/** What happened, in the words the banner shows. */
const actionMessages: Record<Action, string> = {
  submit: '主备教师已提交审稿，进入集体审稿阶段',
  endReview: '组长已结束研讨，导学案进入修改完善阶段',
  finalise: '组长已定稿，导学案已冻结',
  reopen: '组长已重新打开定稿，进入新一轮修改完善',
};

/** What the teacher may now do, in the words the banner shows. */
export const accessMessages: Record<Exclude<Access, 'none'>, string> = {
  edit: '你可以编辑',
  suggest: '你的修改将以“建议”形式提出',
  comment: '你现在只能阅读和批注',
  read: '你现在只能阅读',
};

/**
 * Re-decides every open connection's access to a document after its stage changed. In
 * Hocuspocus 4 `Connection.readOnly` is read on every incoming sync message, so setting it
 * takes effect on the next keystroke; the stateless message tells the client why, so it
 * switches its editor without reconnecting. `action` is null for a re-check after a missed
 * change (see catchUpWithOtherInstances).
 */
export async function reauthorizeDocument(
  app: Pick<AppContext, 'database'> & { hocuspocus: Hocuspocus },
  documentName: string,
  stage: Stage,
  action: Action | null,
): Promise<void> {
  const document = app.hocuspocus.documents.get(documentName);
  if (!document) return;
  for (const connection of document.getConnections()) {
    await reauthorizeConnection(app, connection, (access, previous) => {
      // A re-check without a known action only speaks up where something changed.
      if (action === null && access === previous) return null;
      const what = action === null ? `导学案已进入“${stageLabels[stage]}”阶段` : actionMessages[action];
      return { reason: 'stage-changed', stage, message: `${what}：${accessMessages[access]}` };
    });
  }
}
