import { copyDocName } from '../../shared/schemas/documentName.ts';
import * as Y from 'yjs';
import { changeLiveDocument } from '../collab/editLiveDocument.ts';
import { findCopyLife, setCopyBase } from '../db/repos/copyLife.ts';
import { latestFinalVersion } from '../db/repos/guides.ts';
import { authorizeCopy } from '../authorization.ts';
import { ApiError, notFound } from '../errors.ts';
import type { AppContext } from '../appContext.ts';

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
  await authorizeCopy(db, actorId, copyId, 'pull');
  const copy = await findCopyLife(db, copyId);
  if (!copy) throw notFound('Class copy');
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
