import { parseDocumentName } from '../../shared/schemas/documentName.ts';
import { parseInboxChannelName } from '../../shared/schemas/inboxChannel.ts';
import type { Access } from '../../shared/workflow/access.ts';
import { findCopyRow } from '../db/repos/copies.ts';
import { findGuideRow } from '../db/repos/guides.ts';
import type { AppContext, SessionUser } from '../appContext.ts';
import { copyPermissions, guidePermissions } from '../authorization.ts';

/**
 * The access a user has to a living document, from its name (`guide:<id>` or `copy:<id>`),
 * or to an inbox (`inbox:<userId>`): their own they may read (its notifications), no other.
 */
export async function documentAccess(
  app: Pick<AppContext, 'database'>,
  user: SessionUser,
  documentName: string,
): Promise<Access> {
  const inbox = parseInboxChannelName(documentName);
  if (inbox) return inbox.userId === user.id ? 'read' : 'none';
  const name = parseDocumentName(documentName);
  if (!name) return 'none';
  const { kind, id } = name;
  const { db } = app.database;
  if (kind === 'guide') {
    const guide = await findGuideRow(db, id);
    if (!guide) return 'none';
    return (await guidePermissions(db, guide, user.id)).access;
  }
  if (kind === 'copy') {
    const copy = await findCopyRow(db, id);
    if (!copy) return 'none';
    return copyPermissions(db, copy, user.id);
  }
  return 'none';
}
