import { Hocuspocus, type Extension } from '@hocuspocus/server';
import type { DatabaseHandle } from '../db/client.ts';
import type { Env } from '../env.ts';
import { AuthenticationExtension } from './authenticationExtension.ts';
import { AuthorshipExtension } from './authorshipExtension.ts';
import type { ConnectionLimits } from './connectionLimits.ts';
import { AwarenessGuardExtension } from './awarenessGuardExtension.ts';
import { MeetingPresenceExtension } from './meetingPresenceExtension.ts';
import type { PersistenceExtension } from './persistenceExtension.ts';
import { SessionWatchExtension } from './sessionWatchExtension.ts';
import { SuggestionGuardExtension } from './suggestionGuardExtension.ts';
import { UpdateGuardExtension } from './updateGuardExtension.ts';
import { UpdatesInFlight } from './updatesInFlight.ts';

/** The collaboration server: one extension per concern. */
export async function createHocuspocus(
  env: Env,
  database: DatabaseHandle,
  persistence: PersistenceExtension,
  connectionLimits: ConnectionLimits,
): Promise<Hocuspocus> {
  const relay: Extension[] = env.REDIS_URL ? [await redisRelay(env.REDIS_URL)] : [];
  return new Hocuspocus({
    name: 'daoxuean',
    quiet: true,
    // Documents are unloaded as soon as the last client leaves; the log already has everything.
    unloadImmediately: true,
    // Updates that arrive in one event-loop turn go out as one merged broadcast. Y.mergeUpdates
    // grows quadratically with the number of updates merged, so under a backlog (hundreds of
    // teachers typing in one guide) an unbounded batch takes longer to merge than the next
    // batch takes to arrive and the server never catches up. A few kilobytes is a few hundred
    // typed characters: cheap to merge, and one broadcast still carries many of them.
    flushMaxBytes: 4096,
    extensions: [
      new AuthenticationExtension({ database }, connectionLimits),
      connectionLimits,
      new SessionWatchExtension({ database }),
      new MeetingPresenceExtension({ database }),
      new AwarenessGuardExtension(),
      new UpdateGuardExtension(),
      new UpdatesInFlight(),
      // Before persistence: a refused suggestion must not reach the log.
      new SuggestionGuardExtension(),
      persistence,
      // After persistence: who wrote what is recorded for stored updates only.
      new AuthorshipExtension({ database }),
      ...relay,
    ],
  });
}

/**
 * Relays updates and awareness between instances; the update log in Postgres stays the source
 * of truth (see PersistenceExtension: relayed updates are not appended again). Its packages are
 * loaded only when REDIS_URL is set.
 */
async function redisRelay(redisUrl: string): Promise<Extension> {
  const [{ RedisUpdateRelay }, { default: IORedis }] = await Promise.all([import('./redisUpdateRelay.ts'), import('ioredis')]);
  return new RedisUpdateRelay({ createClient: () => new IORedis(redisUrl, { maxRetriesPerRequest: null }), prefix: 'daoxuean' });
}
