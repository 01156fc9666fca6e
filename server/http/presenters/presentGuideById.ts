import { listGuideCopies } from '../../db/repos/copies.ts';
import { findGuideDetail, listGuideVersions } from '../../db/repos/guides.ts';
import { authorizeGuide } from '../../authorization.ts';
import { notFound } from '../../errors.ts';
import type { AppContext, SessionUser } from '../appContext.ts';
import { presentCopySummary } from './copy.ts';
import { presentGuide } from './guide.ts';
import { presentGuideLineage } from './guideLineage.ts';

/** A guide as GET /api/guides/:id answers it, for routes outside guides.ts (the import answers with the new guide). */
export async function presentGuideById(app: AppContext, id: string, user: SessionUser) {
  const { db } = app.database;
  const { permissions } = await authorizeGuide(db, user.id, id, 'read');
  const guide = await findGuideDetail(db, id);
  if (!guide) throw notFound('Guide');
  const [versions, copies, lineage] = await Promise.all([
    listGuideVersions(db, guide.id),
    listGuideCopies(db, guide.id),
    presentGuideLineage(db, guide, user.id),
  ]);
  return { ...presentGuide(guide, { versions, copies: copies.map(presentCopySummary), permissions }), ...lineage };
}
