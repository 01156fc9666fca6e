import * as Y from 'yjs';
import { changeLiveDocument } from '../collab/editLiveDocument.ts';
import { findCopyLife, setCopyBase } from '../db/repos/copyLife.ts';
import { latestFinalVersion } from '../db/repos/guides.ts';
import { ApiError, notFound } from '../http/apiError.ts';
import type { AppContext } from '../http/appContext.ts';
import { copyDocName } from '../http/presenters/copy.ts';
import { copyPermissions } from '../policies/copyPermissions.ts';

export interface CopyPullerProps {
  app: AppContext;
  copyId: string;
  actorId: string;
}

/**
 * 合并更新: takes the group's later revisions of the final into a class copy. The copy is a
 * CRDT fork of the final it was made from, so the changes since then are exactly
 * `encodeStateAsUpdate(latestFinal, baseStateVector)`; applied to the living copy they merge
 * with the teacher's own edits (both stay; a deletion upstream removes the text in the copy
 * too). The update goes in through a direct connection, so it is in the update log and the
 * teacher's open editor shows it at once. The copy then records the latest final as its base.
 */
export async function copyPuller({ app, copyId, actorId }: CopyPullerProps): Promise<void> {
  const { db } = app.database;
  const copy = await findCopyLife(db, copyId);
  if (!copy) throw notFound('Class copy');
  const access = await copyPermissions(db, copy, actorId);
  if (access === 'none') throw notFound('Class copy');
  if (copy.owner_id !== actorId) {
    throw new ApiError(403, 'not_copy_owner', '只有这份复备的任课教师可以合并定稿更新');
  }
  const latest = await latestFinalVersion(db, copy.guide_id);
  if (!latest || latest.number <= copy.base_version) {
    throw new ApiError(409, 'already_latest', '这份复备已经基于最新的定稿，没有需要合并的更新');
  }

  const latestState = new Uint8Array(latest.state);
  const final = new Y.Doc();
  Y.applyUpdate(final, latestState);
  const incoming = Y.encodeStateAsUpdate(final, new Uint8Array(copy.base_state_vector));
  final.destroy();

  await changeLiveDocument(app, copyDocName(copyId), { userId: actorId, reason: 'pull' }, (doc) => {
    Y.applyUpdate(doc, incoming);
  });
  await setCopyBase(db, copyId, {
    version: latest.number,
    stateVector: Y.encodeStateVectorFromUpdate(latestState),
    at: new Date().toISOString(),
  });
}
