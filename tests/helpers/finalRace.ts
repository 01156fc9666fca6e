import { expect } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { ApiClient } from './api.ts';
import type { CollabClient } from './collabClient.ts';
import { paragraphText } from './docText.ts';

/** A guide in 修改完善 (revising), where the leader and the lead drafter (李芳) edit. */
export async function revisingGuide(leader: ApiClient, drafter: ApiClient, title: string): Promise<Guide> {
  const guide = (await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' })).body;
  expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
  expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
  return guide;
}

/**
 * Types one character after another into a block, each its own update, until told to stop:
 * `pause` waits between characters (setImmediate when 0).
 */
export function typeUntilStopped(client: CollabClient, blockIndex: number, label: string, pauseMs = 0): { stop(): Promise<void> } {
  let running = true;
  const done = (async () => {
    let count = 0;
    while (running) {
      paragraphText(client.doc, blockIndex).insert(0, `${label}${count++ % 10}`);
      await new Promise((resolve) => (pauseMs > 0 ? setTimeout(resolve, pauseMs) : setImmediate(resolve)));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
    },
  };
}
