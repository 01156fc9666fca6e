import type { SessionUser } from '../http/appContext.ts';
import type { Access } from '../../shared/workflow/access.ts';

/** What a Hocuspocus connection knows about its user once authenticated. */
export interface CollabContext {
  user: SessionUser;
  access: Access;
}
