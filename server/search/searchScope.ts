/**
 * Who may read a search entry, written as words the full-text index holds beside the text:
 * the guide's group (`⟨id⟩`), and for a class copy also its teacher (`⟦id⟧`); ids are random,
 * so these are rare words the index finds at once. A search asks for the words of the
 * groups the reader belongs to (and their own copies), so it never reads the rest of the index.
 */
export function groupScope(groupId: string): string {
  return `⟨${groupId}⟩`;
}

export function ownerScope(userId: string): string {
  return `⟦${userId}⟧`;
}

export function entryScope(groupId: string, ownerId: string | null = null): string {
  return ownerId ? `${groupScope(groupId)} ${ownerScope(ownerId)}` : groupScope(groupId);
}
