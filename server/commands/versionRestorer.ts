import type { JSONContent } from '@tiptap/core';
import { guideDocName } from '../../shared/schemas/documentName.ts';
import { authorizeGuide } from '../authorization.ts';
import { editLiveDocument } from '../collab/editLiveDocument.ts';
import { findGuideVersion } from '../db/repos/guides.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';

export interface VersionRestorerProps {
  app: AppContext;
  guideId: string;
  actorId: string;
  version: number;
}

/**
 * 恢复此版本: the live guide becomes the content of one of its saved versions, as a new
 * change. The change is made on the living document through a direct connection (see
 * editLiveDocument): it goes through the update log like any teacher's edit, reaches every
 * open editor at once, and keeps what it does not change (comments stay anchored, the
 * versions and the log keep everything before it, so nothing is lost and the guide can be
 * restored again). Only who may edit the guide at its stage may restore.
 * Answers whether anything changed.
 */
export async function versionRestorer({ app, guideId, actorId, version }: VersionRestorerProps): Promise<{ changed: boolean }> {
  const { db } = app.database;
  await authorizeGuide(db, actorId, guideId, 'restoreVersion');
  const saved = await findGuideVersion(db, guideId, version);
  if (!saved) throw new ApiError(404, 'not_found', `number: Version ${version} not found`, ['number']);
  const content = JSON.parse(saved.json) as JSONContent;
  let changed = false;
  await editLiveDocument(app, guideDocName(guideId), { userId: actorId, reason: 'restore' }, (current, schema) => {
    const restored = schema.nodeFromJSON(content);
    if (restored.eq(current)) return null;
    changed = true;
    return restored;
  });
  return { changed };
}
