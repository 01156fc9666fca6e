import { Hono } from 'hono';
import { schoolDay } from '../../../shared/time/schoolTime.ts';
import { timeZoneOfGroup } from '../../db/repos/schools.ts';
import { termQuerySchema, type GroupTermReport } from '../../../shared/schemas/termReport.ts';
import { guideInTerm, schoolTermOf } from '../../../shared/workflow/schoolTerm.ts';
import { authorizeGroup } from '../../authorization.ts';
import { listGroupMembers } from '../../db/repos/groups.ts';
import { latestVersions, listGroupGuides } from '../../db/repos/guides.ts';
import { listGroupTerms } from '../../db/repos/schoolAdmin.ts';
import { notFound } from '../../errors.ts';
import { presentGuideSummary } from '../presenters/guide.ts';
import { buildTermReport } from '../presenters/termReport.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';
import { queryParams } from '../validate.ts';

export function groupRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  /** The group's school terms, and the one asked for (or today's, else the latest). */
  async function termOfGroup(groupId: string, asked: string | undefined) {
    const { schoolId, terms } = await listGroupTerms(db, groupId);
    if (asked) {
      const term = terms.find((candidate) => candidate.id === asked);
      if (!term) throw notFound('Term');
      return { schoolId, term };
    }
    const today = schoolDay(new Date(), await timeZoneOfGroup(db, groupId));
    return { schoolId, term: schoolTermOf(terms, today) ?? terms[0] ?? null };
  }

  routes.get('/:id/members', async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    await authorizeGroup(db, user.id, groupId, 'read');
    return context.json(await listGroupMembers(db, groupId));
  });
  /**
   * The group's term plan (学期备课计划): every lesson with its lead drafter, due date, stage and
   * version; `?term=` keeps the lessons of one term.
   */
  routes.get('/:id/plan', queryParams(termQuerySchema), async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    await authorizeGroup(db, user.id, groupId, 'read');
    const { term: termId } = context.req.valid('query');
    const term = termId ? (await termOfGroup(groupId, termId)).term : null;
    const rows = (await listGroupGuides(db, groupId)).filter(
      (row) => !term || guideInTerm({ termId: row.term_id, dueDate: row.due_date, createdAt: row.created_at }, term),
    );
    const latest = await latestVersions(db, rows.map((row) => row.id));
    return context.json(rows.map((row) => presentGuideSummary(row, latest.get(row.id) ?? null)));
  });
  /** The group's part of the 教务处's term report: the leader sees the group, a member their own line. */
  routes.get('/:id/report', queryParams(termQuerySchema), async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    const { termReportScope: scope } = await authorizeGroup(db, user.id, groupId, 'readTermReport');
    const { schoolId, term } = await termOfGroup(groupId, context.req.valid('query').term);
    if (!term) throw notFound('Term');
    const { guideIds: _guides, ...report } = await buildTermReport(app, schoolId, term, {
      groupId,
      ...(scope === 'self' ? { teacherId: user.id } : {}),
    });
    const body: GroupTermReport = { ...report, scope };
    return context.json(body);
  });

  return routes;
}
