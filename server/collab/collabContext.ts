import type { SessionUser } from '../http/appContext.ts';
import type { DocumentAccess } from '../policies/guideAccess.ts';

/** What a Hocuspocus connection knows about its user once authenticated. */
export interface CollabContext {
  user: SessionUser;
  access: DocumentAccess;
}

/** The stateless message that tells a client its access to the document. */
export interface AccessMessage {
  type: 'access';
  access: DocumentAccess;
  reason: string;
}
