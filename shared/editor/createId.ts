const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A short random id for blocks and questions. Ids are set once, when a block is
 * created, and survive edits, moves, versions and class-copy forks, so diffs and
 * comments can align blocks across documents.
 */
export function createId(length = 10): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}
