import { storedGuideHeader, type GuideHeaderBody } from '../../shared/schemas/guideHeader.ts';
import type { AppContext } from '../appContext.ts';
import { authorizeGuide } from '../authorization.ts';

export interface GuideHeaderEditorProps {
  app: AppContext;
  guideId: string;
  actorId: string;
  body: GuideHeaderBody;
}

/**
 * 修改表头: the 课题, 课时, 单元 and the header's other fields (主备人, 审核人, 授课时间, 学科 …) as
 * the teacher corrects them, e.g. after an import read them from a Word file. Whoever may edit
 * the guide at its stage may; a final waits for 重新修订.
 */
export async function guideHeaderEditor({ app, guideId, actorId, body }: GuideHeaderEditorProps): Promise<void> {
  const { db } = app.database;
  await authorizeGuide(db, actorId, guideId, 'editHeader');
  await db
    .updateTable('guides')
    .set({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.period !== undefined ? { period: body.period || null } : {}),
      ...(body.unit !== undefined ? { unit: body.unit || null } : {}),
      ...(body.fields !== undefined ? { header_fields: storedGuideHeader(body.fields) } : {}),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', guideId)
    .execute();
}
