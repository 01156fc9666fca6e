import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { parseDocumentName } from '../../shared/schemas/documentName.ts';
import { parseInboxChannelName } from '../../shared/schemas/inboxChannel.ts';

/** Hocuspocus' message type of authentication messages (`MessageType.Auth`). */
const authMessageType = 2;
/** `AuthMessageType` of @hocuspocus/common: the provider's token, the server's refusal. */
const authToken = 0;
const authPermissionDenied = 1;

export const unknownDocumentReason = 'forbidden: no such document';

/**
 * Messages addressed to a name that is no document's nor an inbox's (`__proto__`,
 * `constructor`, `x`) never reach Hocuspocus, which keeps a connection's documents in a plain object keyed by name and
 * would find the object prototype's properties there. The provider asking for such a document
 * gets a refusal with a reason (its `authenticationFailed`); anything else about it is dropped.
 * Returns the answer to send, `'drop'`, or null when the message may pass.
 */
export function refuseUnknownDocument(message: Uint8Array): Uint8Array | 'drop' | null {
  const decoder = decoding.createDecoder(message);
  let rawKey: string;
  let type: number;
  try {
    rawKey = decoding.readVarString(decoder);
    type = decoding.readVarUint(decoder);
  } catch {
    // Unreadable: Hocuspocus refuses it and closes the connection as before.
    return null;
  }
  // Hocuspocus 4 keys a multiplexed document as `name\0session`.
  const separator = rawKey.indexOf('\0');
  const name = separator === -1 ? rawKey : rawKey.slice(0, separator);
  if (parseDocumentName(name) || parseInboxChannelName(name)) return null;
  if (type !== authMessageType) return 'drop';
  let subtype: number;
  try {
    subtype = decoding.readVarUint(decoder);
  } catch {
    return 'drop';
  }
  if (subtype !== authToken) return 'drop';
  const answer = encoding.createEncoder();
  encoding.writeVarString(answer, rawKey);
  encoding.writeVarUint(answer, authMessageType);
  encoding.writeVarUint(answer, authPermissionDenied);
  encoding.writeVarString(answer, unknownDocumentReason);
  return encoding.toUint8Array(answer);
}
