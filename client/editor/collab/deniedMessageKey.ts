/**
 * The translation key for the server's reason to refuse a document. The server's reasons
 * start with a stable word (`unauthenticated: ...`, `forbidden: ...`); anything else is shown
 * through the generic message with the reason itself.
 */
export function deniedMessageKey(reason: string): 'editor.access.unauthenticated' | 'editor.access.forbidden' | null {
  if (reason.startsWith('unauthenticated')) return 'editor.access.unauthenticated';
  if (reason.startsWith('forbidden')) return 'editor.access.forbidden';
  return null;
}
