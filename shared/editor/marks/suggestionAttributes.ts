/** The attributes both suggestion marks carry: which suggestion, whose, and when. */
export function suggestionAttributes() {
  return {
    id: { default: null },
    author: { default: null },
    createdAt: { default: null },
  };
}
