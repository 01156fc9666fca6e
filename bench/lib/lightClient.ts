import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Protocol } from './servers.ts';

const messageSync = 0;
const messageAuth = 2;
const messageSyncStatus = 8;
const authToken = 0;
const authPermissionDenied = 1;
const authAuthenticated = 2;
const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;

export interface LightClientOptions {
  protocol: Protocol;
  wsUrl: string;
  docName: string;
  token: string;
  clientId: number;
  /** Observers apply every incoming update; editors only drain their socket. */
  observe: boolean;
  onUpdate?: (update: Uint8Array) => void;
  /** Hocuspocus only: called when the server acknowledges an update it has applied (and stored). */
  onAcknowledged?: () => void;
}

/**
 * A light client speaking the Hocuspocus or the y-websocket protocol directly over `ws`:
 * it syncs once, then editors only send their own updates (a full provider per simulated
 * editor would make the harness, not the server, the bottleneck), while observers apply
 * everything they receive.
 */
export class LightClient {
  readonly doc = new Y.Doc();
  private socket!: WebSocket;
  private synced = false;

  constructor(private readonly options: LightClientOptions) {
    this.doc.clientID = options.clientId;
  }

  async connect(): Promise<void> {
    const { protocol, wsUrl, docName } = this.options;
    const url = protocol === 'y-websocket' ? `${wsUrl}/${docName}` : wsUrl;
    this.socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    const syncedPromise = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('sync timed out')), 60_000);
      this.socket.on('message', (data: Buffer) => {
        try {
          this.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), () => {
            clearTimeout(timer);
            resolve();
          });
        } catch (error) {
          clearTimeout(timer);
          reject(error as Error);
        }
      });
    });
    if (protocol === 'hocuspocus') {
      this.socket.send(this.frame((encoder) => {
        encoding.writeVarUint(encoder, messageAuth);
        encoding.writeVarUint(encoder, authToken);
        encoding.writeVarString(encoder, this.options.token);
      }));
    } else {
      this.sendStep1();
    }
    await syncedPromise;
  }

  /** Sends one local update to the server. */
  send(update: Uint8Array): void {
    this.socket.send(this.frame((encoder) => {
      encoding.writeVarUint(encoder, messageSync);
      encoding.writeVarUint(encoder, syncUpdate);
      encoding.writeVarUint8Array(encoder, update);
    }));
  }

  close(): void {
    this.socket.terminate();
    this.doc.destroy();
  }

  private frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    if (this.options.protocol === 'hocuspocus') encoding.writeVarString(encoder, this.options.docName);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }

  private sendStep1() {
    this.socket.send(this.frame((encoder) => {
      encoding.writeVarUint(encoder, messageSync);
      encoding.writeVarUint(encoder, syncStep1);
      encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc));
    }));
  }

  private handle(message: Uint8Array, onSynced: () => void) {
    // Editors past their first sync never look inside what they receive (but for acknowledgements, when asked).
    if (this.synced && !this.options.observe && !this.options.onAcknowledged) return;
    const decoder = decoding.createDecoder(message);
    if (this.options.protocol === 'hocuspocus') decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === messageSyncStatus && this.options.onAcknowledged) {
      this.options.onAcknowledged();
      return;
    }
    if (this.synced && !this.options.observe) return;
    if (type === messageAuth) {
      const authType = decoding.readVarUint(decoder);
      if (authType === authPermissionDenied) throw new Error(`permission denied: ${decoding.readVarString(decoder)}`);
      if (authType === authAuthenticated) this.sendStep1();
      return;
    }
    if (type === messageSyncStatus || type !== messageSync && type !== 4) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncStep1) return;
    const update = decoding.readVarUint8Array(decoder);
    Y.applyUpdate(this.doc, update, 'remote');
    if (syncType === syncStep2 && !this.synced) {
      this.synced = true;
      onSynced();
      return;
    }
    if (syncType === syncUpdate) this.options.onUpdate?.(update);
  }
}
