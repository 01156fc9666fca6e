import * as Y from 'yjs';
import { createId } from '../../shared/editor/createId.ts';
import { copyDocName } from '../../shared/schemas/documentName.ts';
import { findCopyFor, insertCopy, teachesClass } from '../db/repos/copies.ts';
import { latestFinalVersion } from '../db/repos/guides.ts';
import { authorizeGuide } from '../authorization.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';

export interface CopyForkerProps {
  app: AppContext;
  guideId: string;
  classId: string;
  actorId: string;
}

/**
 * Makes a teacher's copy of the latest final for one of their classes (二次备课): a new
 * Y.Doc initialised with the final's state bytes, remembering the final's state vector so
 * later revisions of the final can be pulled in without losing the teacher's changes.
 */
export async function copyForker({ app, guideId, classId, actorId }: CopyForkerProps): Promise<string> {
  const { db } = app.database;
  const { guide } = await authorizeGuide(db, actorId, guideId, 'makeClassCopy');
  const taught = await teachesClass(db, actorId, classId);
  if (!taught || taught.group_id !== guide.group_id) {
    throw new ApiError(403, 'not_your_class', '只能为自己任教的本年级班级复备', ['classId']);
  }
  const final = await latestFinalVersion(db, guideId);
  if (!final) throw new ApiError(409, 'no_final', '导学案还没有定稿，定稿后才能二次备课');
  if (await findCopyFor(db, guideId, classId, actorId)) {
    throw new ApiError(409, 'copy_exists', '你已经为这个班复备过这份导学案');
  }
  const id = createId(12);
  const state = new Uint8Array(final.state);
  const now = new Date().toISOString();
  await app.docStore.create(copyDocName(id), state);
  await insertCopy(db, {
    id,
    guide_id: guideId,
    class_id: classId,
    owner_id: actorId,
    base_version: final.number,
    base_state_vector: Y.encodeStateVectorFromUpdate(state),
    created_at: now,
    updated_at: now,
  });
  return id;
}
