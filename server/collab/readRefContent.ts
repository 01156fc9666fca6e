import type { JSONContent } from '@tiptap/core';
import type { DocumentRef } from '../../shared/schemas/documentRef.ts';
import { findCopyRow } from '../db/repos/copies.ts';
import { findGuideRow, findGuideVersion } from '../db/repos/guides.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { copyDocName, guideDocName } from '../../shared/schemas/documentName.ts';
import { copyPermissions, guidePermissions } from '../authorization.ts';
import { readDocumentJson } from './readDocument.ts';

/**
 * The content of a diff side (the live guide, one of its versions, or a class copy) for a
 * user who may read it. A document the user may not read is reported as not found, like
 * everywhere else in the API, with the query parameter it came from as the path.
 */
export async function readRefContent(
  app: AppContext,
  ref: DocumentRef,
  userId: string,
  parameter: 'from' | 'to',
): Promise<JSONContent> {
  const { db } = app.database;
  const missing = (what: string) => new ApiError(404, 'not_found', `${parameter}: ${what} not found`, [parameter]);
  if (ref.kind === 'copy') {
    const copy = await findCopyRow(db, ref.copyId);
    if (!copy || (await copyPermissions(db, copy, userId)) === 'none') throw missing('Class copy');
    const json = await readDocumentJson(app, copyDocName(copy.id));
    if (!json) throw missing('Class copy content');
    return json;
  }
  const guide = await findGuideRow(db, ref.guideId);
  if (!guide || (await guidePermissions(db, guide, userId)).access === 'none') throw missing('Guide');
  if (ref.version === null) {
    const json = await readDocumentJson(app, guideDocName(guide.id));
    if (!json) throw missing('Guide content');
    return json;
  }
  const version = await findGuideVersion(db, guide.id, ref.version);
  if (!version) throw missing(`Version ${ref.version}`);
  return JSON.parse(version.json) as JSONContent;
}
