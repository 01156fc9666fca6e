import { Redis } from '@hocuspocus/extension-redis';
import { isTransactionOrigin, OutgoingMessage, type afterUnloadDocumentPayload, type onChangePayload } from '@hocuspocus/server';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'redis-relay' });

/**
 * How often, at most, an instance asks the others for what it may have missed in a document
 * that keeps changing (Hocuspocus' state-vector exchange).
 */
const catchUpIntervalMs = 1000;

/**
 * Hocuspocus' Redis relay, with each change sent to the other instances as the update itself.
 *
 * The stock relay announces a change with the instance's state vector (sync step 1); every
 * other instance answers with its own, and only the third message carries the edit, so a
 * teacher on another instance saw it three Redis trips later, and each trip encoded a diff
 * against the whole document. Here the update goes out in one message, as Hocuspocus' own
 * sync protocol frames it, and the receiving instance applies it through the stock handler
 * (origin `redis`: broadcast to its clients, not appended to the log again). The state-vector
 * exchange still runs, at most once a second per changing document, so an update lost on the
 * way (a Redis reconnect) is caught up without a client reconnecting.
 */
export class RedisUpdateRelay extends Redis {
  private readonly catchUpDue = new Map<string, NodeJS.Timeout>();

  override async onChange(data: onChangePayload): Promise<void> {
    if (isTransactionOrigin(data.transactionOrigin) && data.transactionOrigin.source === 'redis') return;
    const { documentName } = data;
    const message = new OutgoingMessage(documentName).createSyncMessage().writeUpdate(data.update).toUint8Array();
    // The channel and the framing (sender's identifier first) are the stock relay's, so its
    // subscriber on the other instances reads the message; publishes on one connection keep their order.
    this.pub
      .publish(`${this.configuration.prefix}:${documentName}`, Buffer.concat([this.messagePrefix, Buffer.from(message)]))
      .catch((error: unknown) => log.warn({ err: error, documentName }, `Publishing an update of ${documentName} failed; the next catch-up sends it`));
    if (this.catchUpDue.has(documentName)) return;
    this.catchUpDue.set(
      documentName,
      setTimeout(() => {
        this.catchUpDue.delete(documentName);
        if (this.instance.documents.get(documentName) === data.document) void super.onChange(data);
      }, catchUpIntervalMs),
    );
  }

  override async afterUnloadDocument(data: afterUnloadDocumentPayload): Promise<void> {
    clearTimeout(this.catchUpDue.get(data.documentName));
    this.catchUpDue.delete(data.documentName);
    await super.afterUnloadDocument(data);
  }

  override async onDestroy(): Promise<void> {
    for (const timer of this.catchUpDue.values()) clearTimeout(timer);
    this.catchUpDue.clear();
    await super.onDestroy();
  }
}
