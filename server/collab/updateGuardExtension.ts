import type { Extension, beforeSyncPayload } from '@hocuspocus/server';
import { messageYjsSyncStep2 as syncStep2, messageYjsUpdate as syncUpdate } from 'y-protocols/sync';
import { logger } from '../logger.ts';
import { isWellFormedUpdate } from './validateUpdate.ts';

const log = logger.child({ module: 'update-guard' });

export const malformedUpdateClose = { code: 4400, reason: 'malformed-update' };

/**
 * Rejects malformed document updates before Hocuspocus applies them. The connection that
 * sent one is closed with a reason; the document and every other connection are untouched.
 */
export class UpdateGuardExtension implements Extension {
  extensionName = 'updateGuard';

  async beforeSync({ type, payload, documentName, connection }: beforeSyncPayload) {
    if (type !== syncStep2 && type !== syncUpdate) return;
    if (isWellFormedUpdate(payload)) return;
    log.warn({ documentName }, `Rejected a malformed update for ${documentName}`);
    // Hocuspocus' own close only sends a protocol message; end the socket itself so the
    // sender learns why and sends nothing more on it.
    connection.webSocket.close(malformedUpdateClose.code, malformedUpdateClose.reason);
    throw Object.assign(new Error('malformed update'), malformedUpdateClose);
  }
}
