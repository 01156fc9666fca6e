import type { Extension, connectedPayload, onAuthenticatePayload } from '@hocuspocus/server';
import { findSessionAccount } from '../db/repos/sessions.ts';
import type { AppContext } from '../appContext.ts';
import { hashSessionToken, tokenFromHeaders } from '../auth/sessionToken.ts';
import type { AccessMessage } from '../../shared/schemas/accessMessage.ts';
import { writesDocument } from '../../shared/workflow/access.ts';
import type { CollabContext } from './collabContext.ts';
import type { ConnectionLimits } from './connectionLimits.ts';
import { documentAccess } from './documentAccess.ts';

/** Hocuspocus refuses a connection with this reason when the hook throws it. */
function refusal(reason: string) {
  return Object.assign(new Error(reason), { reason });
}

/**
 * Who is connecting and what they may do. The provider's token is the login token; a
 * browser that has none yet can rely on its session cookie on the upgrade request.
 * Users who may only read or comment get a read-only connection; users who may not read
 * are refused.
 */
export class AuthenticationExtension implements Extension {
  extensionName = 'authentication';

  constructor(
    private readonly app: Pick<AppContext, 'database'>,
    private readonly limits?: ConnectionLimits,
  ) {}

  async onAuthenticate({ token, requestHeaders, documentName, connectionConfig }: onAuthenticatePayload) {
    const sessionToken = token || tokenFromHeaders(null, requestHeaders.get('cookie'));
    const account = sessionToken ? await findSessionAccount(this.app.database.db, sessionToken) : undefined;
    if (!sessionToken || !account) throw refusal('unauthenticated: log in again');
    if (account.mustChangePassword) throw refusal('password-change-required: change your initial password first');
    const { user } = account;
    if (this.limits?.userAtLimit(user.id)) {
      throw refusal(`too-many-connections: at most ${this.limits.maxPerUser} open editor connections per user`);
    }
    const access = await documentAccess(this.app, user, documentName);
    if (access === 'none') throw refusal('forbidden: you may not open this document');
    // Suggest-only connections write too; the suggestion guard checks each of their updates.
    connectionConfig.readOnly = !writesDocument(access);
    const context: CollabContext = { user, access, sessionTokenHash: hashSessionToken(sessionToken) };
    return context;
  }

  async connected({ connection, context }: connectedPayload<CollabContext>) {
    const message: AccessMessage = {
      type: 'access',
      access: context.access,
      reason: writesDocument(context.access) ? 'granted' : 'read-only',
    };
    connection.sendStateless(JSON.stringify(message));
  }
}
