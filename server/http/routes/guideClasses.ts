import type { JSONContent } from '@tiptap/core';
import { Hono } from 'hono';
import { diff } from '../../../shared/diff/diff.ts';
import { harvestBodySchema } from '../../../shared/schemas/harvest.ts';
import type { ClassCopyRow } from '../../../shared/schemas/copyLife.ts';
import { blockHarvester } from '../../commands/blockHarvester.ts';
import { readDocumentJson } from '../../collab/readDocument.ts';
import { findVersionJson, listFinalVersions, listGuideCopyLives } from '../../db/repos/copyLife.ts';
import { listGuideHarvests } from '../../db/repos/harvests.ts';
import { authorizeGuide } from '../../authorization.ts';
import { notFound } from '../../errors.ts';
import type { AppContext, AppVariables, SessionUser } from '../appContext.ts';
import { copyDocName } from '../../../shared/schemas/documentName.ts';
import { copyReflectionWritten, finalRef } from '../presenters/copyStatus.ts';
import { presentGuideHarvests, presentHarvest } from '../presenters/harvest.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/**
 * One lesson across its classes (按班查看): every class copy against the final it was made
 * from, and the leader's harvest of good adaptations back into the guide (二次开发).
 */
export function guideClassRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  /** A guide the user may read (the group reads every class copy of its guides); 404 otherwise. */
  async function loadReadableGuide(id: string, user: SessionUser) {
    return (await authorizeGuide(db, user.id, id, 'read')).guide;
  }

  routes.get('/:id/classes', async (context) => {
    const user = requireUser(context);
    const guide = await loadReadableGuide(context.req.param('id'), user);
    const [copies, finals] = await Promise.all([listGuideCopyLives(db, guide.id), listFinalVersions(db, guide.id)]);
    const latest = finals.at(-1);
    // Each final is read once and compared with every copy based on it.
    const baseContents = new Map<number, JSONContent | null>();
    const baseContent = async (number: number) => {
      if (!baseContents.has(number)) {
        const json = await findVersionJson(db, guide.id, number);
        baseContents.set(number, json ? (JSON.parse(json) as JSONContent) : null);
      }
      return baseContents.get(number) ?? null;
    };
    const rows: ClassCopyRow[] = [];
    for (const copy of copies) {
      const base = await baseContent(copy.base_version);
      const content = await readDocumentJson(app, copyDocName(copy.id));
      const stats = base && content ? diff(base, content).stats : { blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 };
      rows.push({
        copyId: copy.id,
        classId: copy.class_id,
        className: copy.class_name,
        teacher: { id: copy.owner_id, name: copy.owner_name },
        baseVersion: copy.base_version,
        baseVersionLabel: finalRef(finals, copy.base_version).label,
        behind: latest !== undefined && latest.number > copy.base_version,
        stats,
        taughtOn: copy.taught_on,
        reflectionWritten: copyReflectionWritten(copy, content),
      });
    }
    return context.json(rows);
  });

  /** 采纳: the leader takes a block (or paragraph) of a class copy into the guide while revising. */
  routes.post('/:id/harvest', signedIn, jsonBody(harvestBodySchema), async (context) => {
    const user = requireUser(context);
    const body = context.req.valid('json');
    const guideId = context.req.param('id');
    const harvestId = await blockHarvester({ app, guideId, actorId: user.id, body });
    const [rows, finals] = await Promise.all([listGuideHarvests(db, guideId), listFinalVersions(db, guideId)]);
    const row = rows.find((candidate) => candidate.id === harvestId);
    if (!row) throw notFound('Harvest');
    return context.json(presentHarvest(row, finals), 201);
  });

  /** The harvests of a guide and the version notes crediting the class teachers. */
  routes.get('/:id/harvests', async (context) => {
    const user = requireUser(context);
    const guide = await loadReadableGuide(context.req.param('id'), user);
    const [rows, finals] = await Promise.all([listGuideHarvests(db, guide.id), listFinalVersions(db, guide.id)]);
    return context.json(presentGuideHarvests(rows, finals));
  });

  return routes;
}
