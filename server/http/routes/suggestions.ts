import { Hono } from 'hono';
import { guideSchema as editorSchema } from '../../../shared/editor/schema.ts';
import { decideAllBodySchema, type DecideAllResult, type Suggestion } from '../../../shared/schemas/suggestion.ts';
import { listSuggestions } from '../../../shared/suggestions/listSuggestions.ts';
import { suggestionDecider, type SuggestionTarget } from '../../commands/suggestionDecider.ts';
import { readDocumentJson } from '../../collab/readDocument.ts';
import { findUserNames } from '../../db/repos/users.ts';
import { authorizeGuide } from '../../authorization.ts';
import { notFound } from '../../errors.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { guideDocName } from '../../../shared/schemas/documentName.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** Suggestions (修订建议) of a guide: list them, accept or reject one, one author's, or all. */
export function suggestionRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  routes.get('/:id/suggestions', async (context) => {
    const user = requireUser(context);
    const guideId = context.req.param('id');
    await authorizeGuide(db, user.id, guideId, 'read');
    const json = await readDocumentJson(app, guideDocName(guideId));
    if (!json) throw notFound('Guide content');
    const open = listSuggestions(editorSchema().nodeFromJSON(json));
    const names = await findUserNames(db, [...new Set(open.map((suggestion) => suggestion.author))]);
    const answer: Suggestion[] = open.map((suggestion) => ({
      id: suggestion.id,
      kind: suggestion.kind,
      author: suggestion.author,
      authorName: names.get(suggestion.author) ?? null,
      createdAt: suggestion.createdAt ?? null,
      text: suggestion.text,
      node: suggestion.node,
      blockId: suggestion.blockId,
      blockTitle: suggestion.blockTitle,
    }));
    return context.json(answer);
  });

  for (const decision of ['accept', 'reject'] as const) {
    routes.post(`/:id/suggestions/:sid/${decision}`, async (context) => {
      const user = requireUser(context);
      const target: SuggestionTarget = { id: context.req.param('sid') };
      await suggestionDecider({ app, guideId: context.req.param('id'), actorId: user.id, decision, target });
      return context.json({ ok: true });
    });

    routes.post(`/:id/suggestions/${decision}-all`, signedIn, jsonBody(decideAllBodySchema), async (context) => {
      const user = requireUser(context);
      const body = context.req.valid('json');
      const target: SuggestionTarget = body.author ? { author: body.author } : { all: true };
      const count = await suggestionDecider({ app, guideId: context.req.param('id'), actorId: user.id, decision, target });
      const answer: DecideAllResult = { ok: true, count };
      return context.json(answer);
    });
  }

  return routes;
}
