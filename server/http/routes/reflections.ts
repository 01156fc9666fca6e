import { Hono } from 'hono';
import { schoolDay } from '../../../shared/time/schoolTime.ts';
import { timeZoneOfGroup } from '../../db/repos/schools.ts';
import { reflectionQuerySchema, type ReflectionCounts } from '../../../shared/schemas/reflections.ts';
import { reflectionsPerTerm, termOf } from '../../../shared/workflow/term.ts';
import { readDocumentJson } from '../../collab/readDocument.ts';
import { listGroupCopiesTaught } from '../../db/repos/copyLife.ts';
import { authorizeGroup } from '../../authorization.ts';
import { listGroupMembers } from '../../db/repos/groups.ts';
import { ApiError } from '../../errors.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { copyDocName } from '../../../shared/schemas/documentName.ts';
import { copyReflectionWritten } from '../presenters/copyStatus.ts';
import { requireUser } from '../session.ts';

/** GET /api/groups/:id/reflections: 教后反思 written this term, per teacher (the leader sees all, a member themself). */
export function reflectionRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  routes.get('/:id/reflections', async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    const { membership } = await authorizeGroup(db, user.id, groupId, 'read');
    const query = reflectionQuerySchema.safeParse(context.req.query());
    if (!query.success) throw new ApiError(400, 'invalid_query', `on: ${query.error.issues[0].message}`, ['on']);
    const term = termOf(query.data.on ?? schoolDay(new Date(), await timeZoneOfGroup(db, groupId)));
    const [members, taught] = await Promise.all([
      listGroupMembers(db, groupId),
      listGroupCopiesTaught(db, groupId, term.start, term.end),
    ]);
    const visible = membership?.role === 'leader' ? members : members.filter((member) => member.id === user.id);
    const answer: ReflectionCounts = {
      term,
      target: reflectionsPerTerm,
      teachers: await Promise.all(
        visible.map(async (member) => {
          const mine = taught.filter((copy) => copy.owner_id === member.id);
          const contents = await Promise.all(mine.map((copy) => readDocumentJson(app, copyDocName(copy.id))));
          const reflections = mine.filter((copy, index) => copyReflectionWritten(copy, contents[index]));
          return { teacher: { id: member.id, name: member.name }, taught: mine.length, reflections: reflections.length };
        }),
      ),
    };
    return context.json(answer);
  });

  return routes;
}
