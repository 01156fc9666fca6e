import { Hocuspocus } from '@hocuspocus/server';
import type { DatabaseHandle } from '../db/client.ts';
import type { Env } from '../env.ts';
import { AuthenticationExtension } from './authenticationExtension.ts';
import type { PersistenceExtension } from './persistenceExtension.ts';
import { UpdateGuardExtension } from './updateGuardExtension.ts';

/** The collaboration server: one extension per concern. */
export function createHocuspocus(
  env: Env,
  database: DatabaseHandle,
  persistence: PersistenceExtension,
): Hocuspocus {
  return new Hocuspocus({
    name: 'daoxuean',
    quiet: true,
    // Documents are unloaded as soon as the last client leaves; the log already has everything.
    unloadImmediately: true,
    extensions: [
      new AuthenticationExtension({ database }),
      new UpdateGuardExtension(),
      persistence,
    ],
  });
}
