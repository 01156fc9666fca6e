import type { Connection, Hocuspocus } from '@hocuspocus/server';
import type { AccessMessage } from '../../shared/schemas/accessMessage.ts';
import { writesDocument, type Access } from '../../shared/workflow/access.ts';
import type { AppContext } from '../appContext.ts';
import type { CollabContext } from './collabContext.ts';
import { documentAccess } from './documentAccess.ts';

export interface CloseReason {
  code: number;
  reason: string;
}

/** The session a connection was opened with ended (logout, expiry, deactivation). */
export const sessionEndedClose: CloseReason = { code: 4401, reason: 'unauthorized: session ended' };
export const sessionExpiredClose: CloseReason = { code: 4401, reason: 'unauthorized: session expired' };
/** The user may no longer read the document (e.g. taken out of the group). */
export const accessWithdrawnClose: CloseReason = { code: 4403, reason: 'forbidden: access withdrawn' };

/** Every open editor connection of this instance, with the context it authenticated with. */
export function* openConnections(hocuspocus: Hocuspocus): Generator<{ connection: Connection; context: CollabContext }> {
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const context = connection.context as CollabContext | undefined;
      if (context?.user) yield { connection, context };
    }
  }
}

/**
 * Ends a connection for good: nothing more it sends is applied, and its socket is closed with
 * the reason, so the provider learns why and reconnects (where it is refused, or admitted
 * with its access decided afresh).
 */
export function endConnection(connection: Connection, close: CloseReason): void {
  connection.readOnly = true;
  connection.close(close);
  connection.webSocket.close(close.code, close.reason);
}

/**
 * Decides a connection's access again and applies it: none closes it; otherwise `readOnly`
 * is set (Hocuspocus reads it on each incoming message) and, when `message` gives one, the
 * client is told the new access and why. Returns the access.
 */
export async function reauthorizeConnection(
  app: Pick<AppContext, 'database'>,
  connection: Connection,
  message: (access: Exclude<Access, 'none'>, previous: Access) => Omit<AccessMessage, 'type' | 'access'> | null,
): Promise<Access> {
  const context = connection.context as CollabContext;
  const access = await documentAccess(app, context.user, connection.document.name);
  if (access === 'none') {
    endConnection(connection, accessWithdrawnClose);
    return access;
  }
  const previous = context.access;
  context.access = access;
  connection.readOnly = !writesDocument(access);
  const said = message(access, previous);
  if (said) connection.sendStateless(JSON.stringify({ type: 'access', access, ...said } satisfies AccessMessage));
  return access;
}
