import type { SessionUser } from '../appContext.ts';

// The running server's context lives at the server's root; routes import it from here as before.
export type { AppContext, SessionUser } from '../appContext.ts';

/** Hono variables set by the session middleware. */
export interface AppVariables {
  user: SessionUser | null;
  token: string | null;
}
