import { Hono } from 'hono';
import { importFormSchema } from '../../../shared/schemas/docxImport.ts';
import { maxDocxBytes } from '../../import/checkDocxFile.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { parseUploadForm } from '../parseUploadForm.ts';
import { presentGuideById } from '../presenters/presentGuideById.ts';
import { requireUser } from '../session.ts';

/** Import of a teacher's Word guide: a preview of the mapping, then the guide itself. */
export function importRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();

  // The body is counted as it arrives with the upload limit (server/http/bodyLimits.ts).
  routes.post('/docx/preview', async (context) => {
    const user = requireUser(context);
    const upload = await parseUploadForm(context, importFormSchema, maxDocxBytes);
    // The Word reader is loaded on the first import, not at start.
    const { guideImportPreviewer } = await import('../../commands/guideImporter.ts');
    return context.json(await guideImportPreviewer({ app, actorId: user.id, form: upload.fields, file: upload.file, fileName: upload.fileName }));
  });

  routes.post('/docx', async (context) => {
    const user = requireUser(context);
    const upload = await parseUploadForm(context, importFormSchema, maxDocxBytes);
    const { guideImporter } = await import('../../commands/guideImporter.ts');
    const id = await guideImporter({ app, actorId: user.id, form: upload.fields, file: upload.file, fileName: upload.fileName });
    return context.json(await presentGuideById(app, id, user), 201);
  });

  return routes;
}
