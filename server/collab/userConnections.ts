import type { Hocuspocus } from '@hocuspocus/server';
import { hashSessionToken } from '../auth/sessionToken.ts';
import { findSessionEnd } from '../db/repos/sessions.ts';
import type { AppContext } from '../appContext.ts';
import { endConnection, openConnections, reauthorizeConnection, sessionEndedClose, type CloseReason } from './connectionAccess.ts';
import { accessMessages } from './reauthorizeDocument.ts';

/** Closes this instance's editor connections opened with a session; how many there were. */
export function closeSessionConnections(hocuspocus: Hocuspocus, sessionTokenHash: string, close: CloseReason = sessionEndedClose): number {
  const ended = [...openConnections(hocuspocus)].filter(({ context }) => context.sessionTokenHash === sessionTokenHash);
  for (const { connection } of ended) endConnection(connection, close);
  return ended.length;
}

/**
 * Decides again what this instance's connections of one user may do, after something about
 * the user changed (their groups, their account): a connection whose session has ended
 * meanwhile is closed, one that may no longer read is closed, and the others get their new
 * access (and are told when it changed).
 */
export async function reauthorizeUserConnections(app: Pick<AppContext, 'database' | 'hocuspocus'>, userId: string): Promise<void> {
  const connections = [...openConnections(app.hocuspocus)].filter(({ context }) => context.user.id === userId);
  for (const { connection, context } of connections) {
    const session = await findSessionEnd(app.database.db, context.sessionTokenHash);
    if (session?.userId !== userId) {
      endConnection(connection, sessionEndedClose);
      continue;
    }
    await reauthorizeConnection(app, connection, (access, previous) =>
      access === previous ? null : { reason: 'membership-changed', message: `你在备课组中的身份已改变：${accessMessages[access]}` },
    );
  }
}

/**
 * A session has ended (the teacher logged out, or it was ended for them): every editor
 * connection opened with it closes, on this instance at once and on the others through an
 * instance event.
 */
export async function sessionEnded(app: Pick<AppContext, 'hocuspocus' | 'instanceEvents'>, sessionToken: string): Promise<void> {
  const sessionTokenHash = hashSessionToken(sessionToken);
  closeSessionConnections(app.hocuspocus, sessionTokenHash);
  await app.instanceEvents.publish({ type: 'session-ended', sessionTokenHash });
}

/**
 * Something that decides a user's access changed (their group membership or role, their
 * account): their open editor connections are decided again, here and on every instance.
 * Call it after the change is committed.
 */
export async function userAccessChanged(app: Pick<AppContext, 'database' | 'hocuspocus' | 'instanceEvents'>, userId: string): Promise<void> {
  await reauthorizeUserConnections(app, userId);
  await app.instanceEvents.publish({ type: 'user-access-changed', userId });
}
