import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { importFormSchema } from '../../../shared/schemas/docxImport.ts';
import { guideImportPreviewer, guideImporter } from '../../commands/guideImporter.ts';
import { maxDocxBytes } from '../../import/checkDocxFile.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { parseUploadForm } from '../parseUploadForm.ts';
import { presentGuideById } from '../presenters/presentGuideById.ts';
import { requireUser } from '../session.ts';

/** Import of a teacher's Word guide: a preview of the mapping, then the guide itself. */
export function importRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();

  // Stops reading a body that grows past the limit, even one sent without a Content-Length.
  routes.use(
    '*',
    bodyLimit({
      maxSize: maxDocxBytes + 64 * 1024,
      onError: (context) =>
        context.json({ error: { code: 'file_too_large', message: `文件超过 ${maxDocxBytes / 1024 / 1024} MB 的上限，请压缩图片或拆分后再导入` } }, 413),
    }),
  );

  routes.post('/docx/preview', async (context) => {
    const user = requireUser(context);
    const upload = await parseUploadForm(context, importFormSchema, maxDocxBytes);
    return context.json(await guideImportPreviewer({ app, actorId: user.id, form: upload.fields, file: upload.file, fileName: upload.fileName }));
  });

  routes.post('/docx', async (context) => {
    const user = requireUser(context);
    const upload = await parseUploadForm(context, importFormSchema, maxDocxBytes);
    const id = await guideImporter({ app, actorId: user.id, form: upload.fields, file: upload.file, fileName: upload.fileName });
    return context.json(await presentGuideById(app, id, user), 201);
  });

  return routes;
}
