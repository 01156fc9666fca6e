import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { guideSchema } from '../../shared/editor/schema.ts';
import { guideDocName } from '../../shared/schemas/documentName.ts';
import { versionLabel } from '../../shared/workflow/transitions.ts';
import { authorizeGuide } from '../authorization.ts';
import { editLiveDocument } from '../collab/editLiveDocument.ts';
import { findGuideVersion, insertVersion, listGuideVersionContents, lockGuideRow } from '../db/repos/guides.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';

export interface VersionRestorerProps {
  app: AppContext;
  guideId: string;
  actorId: string;
  version: number;
}

export interface VersionRestored {
  changed: boolean;
  /** The 恢复前 version keeping what the restore replaced, when that was not a saved version already. */
  restorePoint: number | null;
}

/**
 * 恢复此版本: the live guide becomes the content of one of its saved versions, as a new
 * change. The change is made on the living document through a direct connection (see
 * editLiveDocument): it goes through the update log like any teacher's edit, reaches every
 * open editor at once, and keeps what it does not change (comments stay anchored). What the
 * restore replaced is kept as a version of its own (恢复前) unless a saved version already
 * holds it, so restoring that version undoes the restore. Only who may edit the guide at its
 * stage may restore.
 */
export async function versionRestorer({ app, guideId, actorId, version }: VersionRestorerProps): Promise<VersionRestored> {
  const { db, dialect } = app.database;
  await authorizeGuide(db, actorId, guideId, 'restoreVersion');
  const saved = await findGuideVersion(db, guideId, version);
  if (!saved) throw new ApiError(404, 'not_found', `number: Version ${version} not found`, ['number']);
  const content = JSON.parse(saved.json) as JSONContent;
  // The document as it was before the change, taken in the same transaction: nothing typed in between.
  const replaced: { before?: { node: ProseMirrorNode; state: Uint8Array } } = {};
  await editLiveDocument(app, guideDocName(guideId), { userId: actorId, reason: 'restore' }, (current, schema, doc) => {
    const restored = schema.nodeFromJSON(content);
    if (restored.eq(current)) return null;
    replaced.before = { node: current, state: Y.encodeStateAsUpdate(doc) };
    return restored;
  });
  const { before } = replaced;
  if (!before) return { changed: false, restorePoint: null };

  const restorePoint = await db.transaction().execute(async (transaction) => {
    await lockGuideRow(transaction, guideId, dialect);
    const versions = await listGuideVersionContents(transaction, guideId);
    const schema = guideSchema();
    if (versions.some((row) => schema.nodeFromJSON(JSON.parse(row.json) as JSONContent).eq(before.node))) return null;
    const number = versions.length + 1;
    await insertVersion(transaction, {
      guide_id: guideId,
      number,
      label: versionLabel('restorePoint', 0),
      kind: 'restorePoint',
      state: before.state,
      json: JSON.stringify(before.node.toJSON()),
      author_id: actorId,
      created_at: new Date().toISOString(),
    });
    return number;
  });
  return { changed: true, restorePoint };
}
