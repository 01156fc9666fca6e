/** What a teacher shares with the others in the document (Yjs awareness field `user`). */
export interface CollabUser {
  id: string;
  username: string;
  name: string;
  color: string;
}
