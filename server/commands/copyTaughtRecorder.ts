import { Fragment } from '@tiptap/pm/model';
import { createId } from '../../shared/editor/createId.ts';
import { teachingReflectionBlock } from '../../shared/editor/teachingReflection.ts';
import { copyDocName } from '../../shared/schemas/documentName.ts';
import { editLiveDocument } from '../collab/editLiveDocument.ts';
import { findCopyLife, setCopyTaught } from '../db/repos/copyLife.ts';
import { authorizeCopy } from '../authorization.ts';
import { notFound } from '../errors.ts';
import type { AppContext } from '../appContext.ts';

export interface CopyTaughtRecorderProps {
  app: AppContext;
  copyId: string;
  actorId: string;
  /** The day the lesson was taught, YYYY-MM-DD. */
  date: string;
}

/**
 * 已上课: records the day the class was taught and adds the 教后反思 block (what worked, what
 * did not, what to change) at the end of the copy, through the update log like any edit.
 * Saying it again changes the date; the reflection block is added again only if the teacher
 * removed it.
 */
export async function copyTaughtRecorder({ app, copyId, actorId, date }: CopyTaughtRecorderProps): Promise<void> {
  const { db } = app.database;
  await authorizeCopy(db, actorId, copyId, 'recordTaught');
  const copy = await findCopyLife(db, copyId);
  if (!copy) throw notFound('Class copy');

  let reflectionBlockId = copy.reflection_block_id ?? createId();
  await editLiveDocument(app, copyDocName(copyId), { userId: actorId, reason: 'taught' }, (current, schema) => {
    let present = false;
    current.forEach((block) => {
      if (block.attrs.id === reflectionBlockId) present = true;
    });
    if (present) return null;
    if (copy.reflection_block_id) reflectionBlockId = createId();
    const block = schema.nodeFromJSON(teachingReflectionBlock(reflectionBlockId));
    return current.copy(current.content.append(Fragment.from(block)));
  });
  await setCopyTaught(db, copyId, { on: date, reflectionBlockId, at: new Date().toISOString() });
}
