import { findMembership } from '../db/repos/groups.ts';
import { findGuideRow } from '../db/repos/guides.ts';
import type { AppContext, SessionUser } from '../http/appContext.ts';
import { guideAccess, type DocumentAccess } from '../policies/guideAccess.ts';

/** The access a user has to a living document, from its name (`guide:<id>`). */
export async function documentAccess(
  app: Pick<AppContext, 'database'>,
  user: SessionUser,
  documentName: string,
): Promise<DocumentAccess> {
  const [kind, id] = documentName.split(':');
  if (kind !== 'guide' || !id) return 'none';
  const guide = await findGuideRow(app.database.db, id);
  if (!guide) return 'none';
  const membership = await findMembership(app.database.db, guide.group_id, user.id);
  return guideAccess({ groupRole: membership?.role ?? null });
}
