import { Hono } from 'hono';
import { createTermBodySchema } from '../../../shared/schemas/admin.ts';
import { authorizeSchool } from '../../authorization.ts';
import { termCreator } from '../../commands/termCreator.ts';
import { listTerms } from '../../db/repos/schoolAdmin.ts';
import { adminOnly } from '../adminOnly.ts';
import { attachmentDisposition } from '../../export/contentDisposition.ts';
import { ApiError, notFound } from '../../errors.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { buildTermReport } from '../presenters/termReport.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** The 教务处's terms (学期): list them, the latest first, and set a new one. */
export function adminTermRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;
  routes.use('*', adminOnly(app, 'manageTerms'));

  routes.get('/', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'manageTerms');
    return context.json(await listTerms(db, schoolId));
  });

  routes.post('/', signedIn, jsonBody(createTermBodySchema), async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageTerms');
    const body = context.req.valid('json');
    const id = await termCreator({ app, actorId: actor.id, schoolId, body });
    return context.json((await listTerms(db, schoolId)).find((term) => term.id === id), 201);
  });

  // The term report: JSON for the screen, ?format=xlsx for the file.
  routes.get('/:id/report', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'readReport');
    const term = (await listTerms(db, schoolId)).find((candidate) => candidate.id === context.req.param('id'));
    if (!term) throw notFound('Term');
    const format = context.req.query('format');
    if (format !== undefined && format !== 'xlsx') throw new ApiError(400, 'invalid_query', 'format: 只能是 xlsx', ['format']);
    const { guideIds: _guides, ...report } = await buildTermReport(app, schoolId, term);
    if (format !== 'xlsx') return context.json(report);
    const school = await db.selectFrom('schools').select(['name', 'time_zone']).where('id', '=', schoolId).executeTakeFirst();
    // ExcelJS is loaded on the first download, not at start.
    const { termReportXlsx } = await import('../presenters/termReportXlsx.ts');
    const bytes = await termReportXlsx(report, school?.name ?? '', school?.time_zone);
    return context.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(`${term.name} 学期报告.xlsx`, 'term-report.xlsx'),
    });
  });

  // The term's archive: every final as 教师版 .docx, every meeting record and the report, in one zip.
  routes.get('/:id/archive.zip', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'readReport');
    const term = (await listTerms(db, schoolId)).find((candidate) => candidate.id === context.req.param('id'));
    if (!term) throw notFound('Term');
    const { guideIds, ...report } = await buildTermReport(app, schoolId, term);
    const school = await db.selectFrom('schools').select(['name', 'time_zone']).where('id', '=', schoolId).executeTakeFirst();
    // The zip and Word writers are loaded on the first archive, not at start.
    const { termArchiveZip } = await import('../presenters/termArchive.ts');
    const bytes = await termArchiveZip(app, school?.name ?? '', term, report, guideIds, school?.time_zone);
    return context.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': attachmentDisposition(`${term.name} 学期归档.zip`, 'term-archive.zip'),
      'Cache-Control': 'no-store',
    });
  });

  return routes;
}
