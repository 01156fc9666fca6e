import { Hono } from 'hono';
import { blockKinds } from '../../../shared/editor/blockKinds.ts';
import { defaultLabelSynonyms } from '../../../shared/import/labelMapping.ts';
import { labelSynonymsBodySchema, type LabelSynonymsView } from '../../../shared/schemas/labelSynonyms.ts';
import { authorizeGroup } from '../../authorization.ts';
import { effectiveSynonyms, findSchoolSynonyms, replaceSchoolSynonyms } from '../../db/repos/labelSynonyms.ts';
import { findSchoolOfGroup } from '../../db/repos/schools.ts';
import { notFound } from '../../errors.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/**
 * The school's label dictionary for Word import (学习目标 / 目标导航 …), reached through a
 * group: members read it, the group leader changes it.
 */
export function labelSynonymRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  async function load(groupId: string, userId: string, verb: 'read' | 'editLabelSynonyms') {
    const school = await findSchoolOfGroup(db, groupId);
    if (!school) throw notFound('Group');
    const { membership } = await authorizeGroup(db, userId, groupId, verb);
    return { school, membership };
  }

  async function view(schoolId: string, editable: boolean): Promise<LabelSynonymsView> {
    const own = await findSchoolSynonyms(db, schoolId);
    return {
      schoolId,
      synonyms: (await effectiveSynonyms(db, schoolId)) as LabelSynonymsView['synonyms'],
      defaults: Object.fromEntries(blockKinds.map((kind) => [kind, [...defaultLabelSynonyms[kind]]])) as LabelSynonymsView['defaults'],
      customised: blockKinds.filter((kind) => own[kind] !== undefined),
      editable,
    };
  }

  routes.get('/:id/label-synonyms', async (context) => {
    const user = requireUser(context);
    const { school, membership } = await load(context.req.param('id'), user.id, 'read');
    return context.json(await view(school.id, membership?.role === 'leader'));
  });

  routes.put('/:id/label-synonyms', signedIn, jsonBody(labelSynonymsBodySchema), async (context) => {
    const user = requireUser(context);
    const { school } = await load(context.req.param('id'), user.id, 'editLabelSynonyms');
    const body = context.req.valid('json');
    await replaceSchoolSynonyms(db, school.id, body.synonyms, user.id);
    return context.json(await view(school.id, true));
  });

  return routes;
}
