import { Hono, type Context } from 'hono';
import { docxExportQuerySchema, docxMimeType, type DocxExportQuery } from '../../../shared/schemas/docxExport.ts';
import { editionLabels } from '../../../shared/edition/editionLabels.ts';
import { attachmentDisposition } from '../../export/contentDisposition.ts';
import { copyExportSource, guideExportSource, type ExportSource } from '../../export/exportSources.ts';
import { findSchoolFile, findUserSchoolIds } from '../../db/repos/files.ts';
import { ApiError } from '../../errors.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { queryParams } from '../validate.ts';

/** Word export of a guide (live or a saved version) or a class copy, as 学生版 or 教师版. */
export function exportRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();

  async function sendDocx(context: Context, source: ExportSource, query: DocxExportQuery, userId: string) {
    // Figures come from the files of the reader's school, as GET /api/files serves them.
    const schoolIds = await findUserSchoolIds(app.database.db, userId);
    const loadFigure = async (sha256: string) => {
      const file = await findSchoolFile(app.database.db, sha256, schoolIds);
      return file ? { bytes: new Uint8Array(file.bytes) } : null;
    };
    // The Word renderer (docx, KaTeX, MathML to OMML) is loaded on the first export, not at start.
    const { renderGuideDocx } = await import('../../export/renderGuideDocx.ts');
    const bytes = await renderGuideDocx({ content: source.content, edition: query.edition, paper: query.paper, facts: source.facts, loadFigure });
    const label = editionLabels[query.edition];
    const paper = query.paper === 'a4' ? '' : `·${query.paper.toUpperCase()}`;
    return context.body(new Uint8Array(bytes), 200, {
      'Content-Type': docxMimeType,
      'Content-Disposition': attachmentDisposition(`${source.fileTitle}（${label}${paper}）.docx`, `${source.asciiName}-${query.edition}.docx`),
      'Cache-Control': 'no-store',
    });
  }

  routes.get('/guides/:id/export.docx', signedIn, queryParams(docxExportQuerySchema), async (context) => {
    const user = requireUser(context);
    const query = context.req.valid('query');
    const source = await guideExportSource(app, context.req.param('id'), user, query.version);
    return sendDocx(context, source, query, user.id);
  });

  routes.get('/copies/:id/export.docx', signedIn, queryParams(docxExportQuerySchema), async (context) => {
    const user = requireUser(context);
    const query = context.req.valid('query');
    if (query.version !== undefined) {
      throw new ApiError(400, 'invalid_query', 'version: a class copy has no saved versions', ['version']);
    }
    const source = await copyExportSource(app, context.req.param('id'), user);
    return sendDocx(context, source, query, user.id);
  });

  return routes;
}
