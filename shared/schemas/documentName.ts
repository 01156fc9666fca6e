/**
 * The names of living documents on the collaboration socket (contract.md): `guide:<id>` for
 * a guide, `copy:<id>` for a class copy. Ids are the server's (letters, digits, `_`, `-`);
 * anything else is no document, so a name such as `__proto__` or `guide:` never reaches a
 * lookup.
 */
export type DocumentName = { kind: 'guide'; id: string } | { kind: 'copy'; id: string };

const documentNamePattern = /^(guide|copy):([A-Za-z0-9_-]{1,64})$/;

export function guideDocName(id: string): string {
  return `guide:${id}`;
}

export function copyDocName(id: string): string {
  return `copy:${id}`;
}

/** What a document name names, or null when it is not a document's name. */
export function parseDocumentName(name: string): DocumentName | null {
  const match = documentNamePattern.exec(name);
  if (!match) return null;
  return { kind: match[1] as DocumentName['kind'], id: match[2] };
}

/** The guide id of a living document's name, or null for any other document (a class copy). */
export function guideIdOfDocName(name: string): string | null {
  const parsed = parseDocumentName(name);
  return parsed?.kind === 'guide' ? parsed.id : null;
}
