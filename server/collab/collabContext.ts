import type { SessionUser } from '../appContext.ts';
import type { Access } from '../../shared/workflow/access.ts';

/** What a Hocuspocus connection knows about its user once authenticated. */
export interface CollabContext {
  user: SessionUser;
  access: Access;
  /** The session the connection was opened with (its token's hash): it ends with it. */
  sessionTokenHash: string;
}
