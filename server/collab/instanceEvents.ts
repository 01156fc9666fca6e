import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type IORedis from 'ioredis';
import { z } from 'zod';
import { actions } from '../../shared/workflow/transitions.ts';
import { stages } from '../../shared/workflow/stages.ts';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'instance-events' });

/**
 * What one instance tells the others about a guide, when several run behind a load
 * balancer: the Redis relay carries document updates and stateless messages, but the
 * decisions an instance takes for its own connections (who may now write, who is at the
 * meeting) must be taken by every instance for its own connections too.
 */
export const instanceEventSchema = z.discriminatedUnion('type', [
  // The guide's stage changed: re-decide every connection's access.
  z.object({ type: z.literal('reauthorize'), documentName: z.string(), stage: z.enum(stages), action: z.enum(actions) }),
  // A review meeting started: whoever has the guide open is present from its start.
  z.object({ type: z.literal('meeting-started'), documentName: z.string(), meetingId: z.string(), startedAt: z.string() }),
  // A review meeting ended: its stretches are closed in the database already.
  z.object({ type: z.literal('meeting-ended'), documentName: z.string(), meetingId: z.string() }),
  // A session ended (logout): close the connections opened with it (by its token's hash).
  z.object({ type: z.literal('session-ended'), sessionTokenHash: z.string() }),
  // A user's groups or account changed: re-decide their connections' access.
  z.object({ type: z.literal('user-access-changed'), userId: z.string() }),
  // A teacher has a new notification: bring it to their open editors here.
  z.object({ type: z.literal('notification'), userId: z.string(), notificationId: z.string() }),
]);

/** What an event is about, for log lines. */
function subject(event: InstanceEvent): string {
  if ('documentName' in event) return event.documentName;
  if (event.type === 'user-access-changed' || event.type === 'notification') return `user ${event.userId}`;
  return 'a session';
}

export type InstanceEvent = z.infer<typeof instanceEventSchema>;

const envelopeSchema = z.object({ from: z.string(), event: instanceEventSchema });

export interface InstanceEventHandlers {
  /** An event from another instance. */
  received(event: InstanceEvent): Promise<void>;
  /** The link to the others is back after an outage: events may have been missed. */
  reconnected(): Promise<void>;
}

/**
 * Publishes this instance's events to the others and hands theirs to the handlers. Without
 * Redis there is one instance and nothing to send. Events published while Redis is down are
 * lost; when the link comes back, `reconnected` lets the instance catch up from the database.
 */
export class InstanceEvents {
  private readonly instanceId = randomUUID();
  private readonly publisher: IORedis | null;
  private readonly subscriber: IORedis | null;
  private readonly channel: string;
  private handlers: InstanceEventHandlers | null = null;
  private wasReady = false;

  constructor(redisUrl: string | undefined, prefix = 'daoxuean') {
    this.channel = `${prefix}:instance-events`;
    if (!redisUrl) {
      this.publisher = null;
      this.subscriber = null;
      return;
    }
    // ioredis is loaded only when REDIS_URL is set (one instance never needs it).
    const Redis = createRequire(import.meta.url)('ioredis') as typeof IORedis;
    // No offline queue: while Redis is down a publish fails at once instead of holding up
    // the request that made the change; the others catch up when they reconnect.
    this.publisher = new Redis(redisUrl, { maxRetriesPerRequest: null, enableOfflineQueue: false });
    this.subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.subscriber.on('message', (channel: string, raw: string) => {
      if (channel === this.channel) void this.received(raw);
    });
    // ioredis subscribes again by itself after a reconnect.
    this.subscriber.on('ready', () => {
      if (this.wasReady) void this.reconnected();
      this.wasReady = true;
    });
  }

  /** Subscribes; resolves once events from the other instances can arrive. */
  async start(handlers: InstanceEventHandlers): Promise<void> {
    this.handlers = handlers;
    const publisher = this.publisher;
    if (publisher && publisher.status !== 'ready') await new Promise((resolve) => publisher.once('ready', resolve));
    await this.subscriber?.subscribe(this.channel);
  }

  async publish(event: InstanceEvent): Promise<void> {
    if (!this.publisher) return;
    try {
      await this.publisher.publish(this.channel, JSON.stringify({ from: this.instanceId, event }));
    } catch (error) {
      log.error({ err: error }, `Could not tell the other instances about ${event.type} on ${subject(event)}`);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()].map((closing) => closing?.catch(() => {})));
  }

  private async received(raw: string) {
    let parsed: z.infer<typeof envelopeSchema>;
    try {
      parsed = envelopeSchema.parse(JSON.parse(raw));
    } catch (error) {
      log.error({ err: error }, 'Ignored a malformed instance event');
      return;
    }
    if (parsed.from === this.instanceId || !this.handlers) return;
    try {
      await this.handlers.received(parsed.event);
    } catch (error) {
      log.error({ err: error }, `Handling ${parsed.event.type} on ${subject(parsed.event)} from another instance failed`);
    }
  }

  private async reconnected() {
    try {
      await this.handlers?.reconnected();
    } catch (error) {
      log.error({ err: error }, 'Catching up after the link to the other instances came back failed');
    }
  }
}
