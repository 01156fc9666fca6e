import { randomUUID } from 'node:crypto';
import type { Extension, Hocuspocus, connectedPayload, onDisconnectPayload } from '@hocuspocus/server';
import { closeAttendance, findActiveMeeting, insertAttendance } from '../db/repos/meetings.ts';
import type { AppContext } from '../appContext.ts';
import { guideIdOfDocName } from '../../shared/schemas/documentName.ts';
import type { CollabContext } from './collabContext.ts';

/** The stretch of presence a connection has open, and its insert (a quick disconnect must wait for it). */
interface OpenStretch {
  meetingId: string;
  stretchId: string;
  inserted: Promise<void>;
}

/**
 * Attendance of a review meeting (研讨会议) from live presence: while a meeting runs on a
 * guide, every connection to `guide:<id>` is one stretch of its teacher's presence, from
 * `connected` (or the meeting's start, for those already there) to `onDisconnect` (or the
 * meeting's end). Teachers do not sign in to the meeting; having the guide open is being
 * there. Stretches are kept per connection, so two tabs or a reconnect make several
 * stretches, which the record merges. Each instance sees its own connections; a meeting
 * started on another instance reaches this one as an instance event.
 */
export class MeetingPresenceExtension implements Extension {
  extensionName = 'meetingPresence';

  /** Keyed by the connection's context object, which Hocuspocus hands to both hooks. */
  private readonly openStretches = new WeakMap<object, OpenStretch>();
  /** Connections that have disconnected (their context objects). */
  private readonly gone = new WeakSet<object>();

  constructor(private readonly app: Pick<AppContext, 'database'>) {}

  /** The instance registered with a Hocuspocus server, for the meeting commands. */
  static of(hocuspocus: Hocuspocus): MeetingPresenceExtension | null {
    const found = hocuspocus.configuration.extensions.find((extension) => extension instanceof MeetingPresenceExtension);
    return (found as MeetingPresenceExtension | undefined) ?? null;
  }

  async connected({ documentName, context }: connectedPayload<CollabContext>) {
    const guideId = guideIdOfDocName(documentName);
    if (guideId === null || !context?.user) return;
    const joinedAt = new Date().toISOString();
    const meeting = await findActiveMeeting(this.app.database.db, guideId);
    if (!meeting) return;
    // A teacher who closed the tab while the meeting was being looked up was still there for
    // that moment: the stretch is recorded, and closed at once (onDisconnect found none to close).
    if (this.gone.has(context)) {
      await insertAttendance(this.app.database.db, {
        id: randomUUID(),
        meeting_id: meeting.id,
        user_id: context.user.id,
        joined_at: joinedAt,
        left_at: new Date().toISOString(),
      });
      return;
    }
    await this.recordJoin(meeting.id, context, joinedAt);
  }

  async onDisconnect({ context }: onDisconnectPayload<CollabContext>) {
    if (!context || typeof context !== 'object') return;
    this.gone.add(context);
    const open = this.openStretches.get(context);
    if (!open) return;
    this.openStretches.delete(context);
    // Nothing to close when the insert failed; its error was reported by `connected`.
    const inserted = await open.inserted.then(() => true, () => false);
    if (!inserted) return;
    await closeAttendance(this.app.database.db, open.stretchId, new Date().toISOString());
  }

  /** A meeting just started: whoever has the guide open is present from its first moment. */
  async meetingStarted(hocuspocus: Hocuspocus, documentName: string, meeting: { id: string; startedAt: string }): Promise<void> {
    const document = hocuspocus.documents.get(documentName);
    if (!document) return;
    for (const connection of document.getConnections()) {
      const context = connection.context as CollabContext | undefined;
      if (context?.user) await this.recordJoin(meeting.id, context, meeting.startedAt);
    }
  }

  /** A meeting just ended (its open stretches are closed in the database): forget them here. */
  meetingEnded(hocuspocus: Hocuspocus, documentName: string, meetingId: string): void {
    const document = hocuspocus.documents.get(documentName);
    if (!document) return;
    for (const connection of document.getConnections()) {
      const context = connection.context as object | undefined;
      if (context && this.openStretches.get(context)?.meetingId === meetingId) this.openStretches.delete(context);
    }
  }

  private async recordJoin(meetingId: string, context: CollabContext, joinedAt: string): Promise<void> {
    // The start and a connection arriving at that moment may both see this connection.
    if (this.openStretches.get(context)?.meetingId === meetingId) return;
    const stretchId = randomUUID();
    const inserted = insertAttendance(this.app.database.db, {
      id: stretchId,
      meeting_id: meetingId,
      user_id: context.user.id,
      joined_at: joinedAt,
      left_at: null,
    });
    this.openStretches.set(context, { meetingId, stretchId, inserted });
    await inserted;
  }
}
