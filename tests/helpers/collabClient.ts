import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { yDocToJson } from '../../shared/editor/schema.ts';
import { parseStatelessMessage, statelessMessageSchema } from '../../shared/schemas/statelessMessage.ts';

export interface CollabClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  json(): JSONContent;
  /** Resolves once the server has acknowledged every local change. */
  acknowledged(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

const knownStatelessTypes = new Set<string>(
  statelessMessageSchema.options.map((option) => option.shape.type.value),
);

/** The stateless messages of one `type` a client receives from now on, as they arrive. */
export function statelessMessages<Message extends { type: string }>(client: CollabClient, type: Message['type']): Message[] {
  const received: Message[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const message = JSON.parse(payload) as { type?: string };
    if (message.type !== type) return;
    // A message of a kind the client knows must be what the client parses (the contract).
    if (knownStatelessTypes.has(type) && parseStatelessMessage(payload) === null) {
      throw new Error(`A stateless ${type} message outside the contract: ${payload}`);
    }
    received.push(message as Message);
  });
  return received;
}

/** Polls a condition until it holds (or fails after the timeout with the message). */
export async function waitFor(condition: () => boolean, message: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A real @hocuspocus/provider client over `ws`, connected and synced. */
export async function connectClient(
  wsUrl: string,
  documentName: string,
  token: string,
  doc: Y.Doc = new Y.Doc(),
): Promise<CollabClient> {
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: documentName, document: doc, token });
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Client for ${documentName} did not sync`)), 15_000);
    provider.on('synced', () => {
      clearTimeout(timer);
      resolve();
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      clearTimeout(timer);
      reject(new Error(`Authentication failed: ${reason}`));
    });
  });
  provider.attach();
  await synced;
  return collabClientOf(provider, socket, doc);
}

/** The test's handle on a provider, its socket and its document (destroyed together). */
export function collabClientOf(provider: HocuspocusProvider, socket: HocuspocusProviderWebsocket, doc: Y.Doc): CollabClient {
  return {
    provider,
    socket,
    doc,
    json: () => yDocToJson(doc),
    acknowledged: (timeoutMs = 10_000) =>
      waitFor(() => !provider.hasUnsyncedChanges, `${provider.configuration.name} acknowledged`, timeoutMs),
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
