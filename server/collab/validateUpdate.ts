import * as Y from 'yjs';
import { contentFragmentName } from '../../shared/editor/schema.ts';

/** Root types a guide's Y.Doc may have. Anything else is junk or an attack. */
const allowedRootTypes = new Set([contentFragmentName]);

/**
 * Checks that an incoming Yjs update decodes completely and only touches the document's
 * known root types, before it is applied. A malformed update would otherwise either throw
 * half-way through integration or create stray root types in the stored document.
 */
export function isWellFormedUpdate(update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent;
    if (typeof parent === 'string' && !allowedRootTypes.has(parent)) return false;
  }
  return true;
}
