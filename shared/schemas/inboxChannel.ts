/**
 * The teacher's inbox on the collaboration socket: `inbox:<userId>`, a channel every page of
 * the app opens beside its documents, over which the server brings new notifications live.
 * It holds no content and is never stored; only its own teacher may open it (the server
 * decides who that is from the session, not from the name).
 */
const inboxChannelPattern = /^inbox:([A-Za-z0-9_-]{1,64})$/;

export function inboxChannelName(userId: string): string {
  return `inbox:${userId}`;
}

/** Whose inbox a channel name names, or null when it is no inbox's name. */
export function parseInboxChannelName(name: string): { userId: string } | null {
  const match = inboxChannelPattern.exec(name);
  return match ? { userId: match[1] } : null;
}
