import type { JSONContent } from '@tiptap/core';
import { Hono } from 'hono';
import { diff } from '../../../shared/diff/diff.ts';
import { taughtBodySchema, type IncomingChanges } from '../../../shared/schemas/copyLife.ts';
import { copyPuller } from '../../commands/copyPuller.ts';
import { copyTaughtRecorder } from '../../commands/copyTaughtRecorder.ts';
import { readDocumentJson } from '../../collab/readDocument.ts';
import { findCopyLife, findVersionJson, listFinalVersions } from '../../db/repos/copyLife.ts';
import { findGuideRow } from '../../db/repos/guides.ts';
import { authorizeCopy } from '../../authorization.ts';
import { notFound } from '../../errors.ts';
import type { AppContext, AppVariables, SessionUser } from '../appContext.ts';
import { copyDocName } from '../../../shared/schemas/documentName.ts';
import { finalRef, presentCopyStatus } from '../presenters/copyStatus.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';
import { presentCopyById } from './copies.ts';

/**
 * The life of a class copy after it was made: its status (定稿已更新, 已上课, 教后反思), the
 * incoming changes of a later final, 合并更新, and 已上课.
 */
export function copyLifeRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  /** A class copy the user may read, with its guide's stage and finals; 404 for anyone else. */
  async function loadCopy(id: string, user: SessionUser) {
    await authorizeCopy(db, user.id, id, 'read');
    const copy = await findCopyLife(db, id);
    if (!copy) throw notFound('Class copy');
    const guide = await findGuideRow(db, copy.guide_id);
    if (!guide) throw notFound('Guide');
    const finals = (await listFinalVersions(db, copy.guide_id)).map((version) => ({ number: version.number, label: version.label }));
    return { copy, stage: guide.stage, finals };
  }

  async function status(id: string, user: SessionUser) {
    const { copy, stage, finals } = await loadCopy(id, user);
    return presentCopyStatus(copy, { stage, finals, content: await readDocumentJson(app, copyDocName(copy.id)) });
  }

  async function versionContent(guideId: string, number: number): Promise<JSONContent> {
    const json = await findVersionJson(db, guideId, number);
    if (!json) throw notFound(`Version ${number}`);
    return JSON.parse(json) as JSONContent;
  }

  routes.get('/:id/status', async (context) => {
    const user = requireUser(context);
    return context.json(await status(context.req.param('id'), user));
  });

  /** 查看更新: what the group changed from the copy's base final to the latest final. */
  routes.get('/:id/incoming', async (context) => {
    const user = requireUser(context);
    const { copy, finals } = await loadCopy(context.req.param('id'), user);
    const base = finalRef(finals, copy.base_version);
    const latestFinal = finals.at(-1) ?? base;
    const baseContent = await versionContent(copy.guide_id, base.number);
    const latestContent = latestFinal.number === base.number ? baseContent : await versionContent(copy.guide_id, latestFinal.number);
    const answer: IncomingChanges = {
      base,
      latestFinal,
      behind: latestFinal.number > base.number,
      diff: diff(baseContent, latestContent),
    };
    return context.json(answer);
  });

  /** 合并更新: the copy, now based on the latest final. */
  routes.post('/:id/pull', async (context) => {
    const user = requireUser(context);
    await copyPuller({ app, copyId: context.req.param('id'), actorId: user.id });
    return context.json(await presentCopyById(app, context.req.param('id'), user));
  });

  /** 已上课 on a date: adds the 教后反思 block; answers with the copy's status. */
  routes.post('/:id/taught', signedIn, jsonBody(taughtBodySchema), async (context) => {
    const user = requireUser(context);
    const body = context.req.valid('json');
    await copyTaughtRecorder({ app, copyId: context.req.param('id'), actorId: user.id, date: body.date });
    return context.json(await status(context.req.param('id'), user));
  });

  return routes;
}
