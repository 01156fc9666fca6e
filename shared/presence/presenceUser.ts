// Distinct, readable on white, and dark enough for white label text.
const palette = ['#d9480f', '#1971c2', '#2b8a3e', '#9c36b5', '#c2255c', '#0c8599', '#e67700', '#5f3dc4', '#087f5b', '#a61e4d'];

/** The same teacher always gets the same colour, on every computer. */
export function colorForUser(key: string): string {
  let hash = 0;
  for (const character of key) hash = (hash * 31 + character.codePointAt(0)!) >>> 0;
  return palette[hash % palette.length]!;
}

/**
 * What the others see of a teacher in a document (the Yjs awareness field `user`): the caret
 * label and the presence list read it. The server writes it from the logged-in user.
 */
export interface PresenceUser {
  id: string;
  username: string;
  name: string;
  color: string;
}

/** A teacher as the others see them in a document. */
export function presenceUser(user: { id: string; username: string; name: string }): PresenceUser {
  return { id: user.id, username: user.username, name: user.name, color: colorForUser(user.id) };
}
