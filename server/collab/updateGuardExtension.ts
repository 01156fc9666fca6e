import type { Extension, beforeSyncPayload } from '@hocuspocus/server';
import { isWellFormedUpdate } from './validateUpdate.ts';

const syncStep2 = 1;
const syncUpdate = 2;

/**
 * Rejects malformed document updates before Hocuspocus applies them. The connection that
 * sent one is closed with a reason; the document and every other connection are untouched.
 */
export class UpdateGuardExtension implements Extension {
  extensionName = 'updateGuard';

  async beforeSync({ type, payload, documentName }: beforeSyncPayload) {
    if (type !== syncStep2 && type !== syncUpdate) return;
    if (isWellFormedUpdate(payload)) return;
    console.warn(`Rejected a malformed update for ${documentName}`);
    throw Object.assign(new Error('malformed update'), { code: 4400, reason: 'malformed-update' });
  }
}
