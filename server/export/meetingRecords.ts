import type { JSONContent } from '@tiptap/core';
import { minutesOf, secondsPresent, type PresenceStretch } from '../../shared/meeting/meetingAttendance.ts';
import { defaultMeetingOutcome } from '../../shared/meeting/meetingOutcome.ts';
import type { Meeting, MeetingAttendee, MeetingCounts, MeetingDiscussionItem } from '../../shared/schemas/meeting.ts';
import { isBlockKind } from '../../shared/editor/blockKinds.ts';
import { guideSchema } from '../../shared/editor/schema.ts';
import { listSuggestions, type OpenSuggestion } from '../../shared/suggestions/listSuggestions.ts';
import { guideDocName } from '../../shared/schemas/documentName.ts';
import { readDocumentJson } from '../collab/readDocument.ts';
import { listGuideComments, type CommentWithNames } from '../db/repos/comments.ts';
import { listGroupMembers } from '../db/repos/groups.ts';
import { listGuideMeetings, listMeetingAttendance, type MeetingRow } from '../db/repos/meetings.ts';
import { listSuggestionDecisions } from '../db/repos/suggestionDecisions.ts';
import type { AppContext } from '../appContext.ts';

type Person = { id: string; name: string };
type AttendanceRow = Awaited<ReturnType<typeof listMeetingAttendance>>[number];
type DecisionRow = Awaited<ReturnType<typeof listSuggestionDecisions>>[number];

/** What every meeting of one guide draws on, read once for all of them. */
interface RecordSources {
  guideTitle: string;
  members: Person[];
  attendance: AttendanceRow[];
  decisions: DecisionRow[];
  openSuggestions: OpenSuggestion[];
  comments: CommentWithNames[];
  blockTitles: Map<string, string>;
  names: Map<string, string>;
  /** Finals of the guide made over an error of the 体检, with the leader's reason. */
  checkOverrides: { label: string; reason: string; createdAt: string }[];
}

const unknownName = '（已删除的用户）';

/** Every guide block's label by its id, for comments (they only keep the block's id). */
function blockTitlesOf(content: JSONContent | null): Map<string, string> {
  const titles = new Map<string, string>();
  const walk = (node: JSONContent) => {
    if (node.type && isBlockKind(node.type) && typeof node.attrs?.id === 'string') {
      titles.set(node.attrs.id, String(node.attrs.title ?? ''));
    }
    node.content?.forEach(walk);
  };
  if (content) walk(content);
  return titles;
}

function within(time: string | null | undefined, window: { from: number; to: number }): boolean {
  if (!time) return false;
  const at = Date.parse(time);
  return at >= window.from && at <= window.to;
}

function attendeesOf(rows: AttendanceRow[], window: { startedAt: string; endedAt: string }): MeetingAttendee[] {
  const end = Date.parse(window.endedAt);
  const byUser = new Map<string, { name: string; stretches: PresenceStretch[] }>();
  for (const row of rows) {
    // A connection arriving as the meeting ended may leave a stretch that starts after it.
    if (Date.parse(row.joined_at) > end) continue;
    const entry = byUser.get(row.user_id) ?? { name: row.user_name, stretches: [] };
    entry.stretches.push({ joinedAt: row.joined_at, leftAt: row.left_at ?? null });
    byUser.set(row.user_id, entry);
  }
  return [...byUser.entries()].map(([id, { name, stretches }]) => {
    const seconds = secondsPresent(stretches, window);
    return { id, name, firstJoinedAt: stretches[0].joinedAt, seconds, minutes: minutesOf(seconds), stretches };
  });
}

function discussionOf(sources: RecordSources, window: { from: number; to: number }): MeetingDiscussionItem[] {
  const person = (id: string, name?: string | null): Person => ({ id, name: name ?? sources.names.get(id) ?? unknownName });
  const items: MeetingDiscussionItem[] = [];
  const decided = new Set<string>();
  for (const decision of sources.decisions) {
    decided.add(`${decision.kind}:${decision.suggestion_id}`);
    const at = decision.suggested_at ?? decision.decided_at;
    if (!within(at, window)) continue;
    items.push({
      type: 'suggestion',
      id: decision.suggestion_id,
      kind: decision.kind,
      author: person(decision.author_id, decision.author_name),
      text: decision.text,
      blockId: decision.block_id,
      blockTitle: decision.block_title,
      at,
      outcome: decision.decision,
    });
  }
  for (const suggestion of sources.openSuggestions) {
    if (decided.has(`${suggestion.kind}:${suggestion.id}`) || !within(suggestion.createdAt, window)) continue;
    items.push({
      type: 'suggestion',
      id: suggestion.id,
      kind: suggestion.kind,
      author: person(suggestion.author),
      text: suggestion.text,
      blockId: suggestion.blockId,
      blockTitle: suggestion.blockTitle,
      at: suggestion.createdAt,
      outcome: 'open',
    });
  }
  const replies = new Map<string, CommentWithNames[]>();
  for (const comment of sources.comments) {
    if (comment.parent_id) replies.set(comment.parent_id, [...(replies.get(comment.parent_id) ?? []), comment]);
  }
  for (const thread of sources.comments) {
    if (thread.parent_id) continue;
    const answers = replies.get(thread.id) ?? [];
    // A thread opened before the meeting belongs to it too when it was discussed (answered) there.
    if (!within(thread.created_at, window) && !answers.some((reply) => within(reply.created_at, window))) continue;
    items.push({
      type: 'comment',
      id: thread.id,
      author: person(thread.author_id, thread.author_name),
      body: thread.body,
      quote: thread.quote,
      blockId: thread.block_id,
      blockTitle: thread.block_id ? (sources.blockTitles.get(thread.block_id) ?? null) : null,
      at: thread.created_at,
      outcome: thread.resolved_at ? 'resolved' : 'unresolved',
      replies: answers.map((reply) => ({
        id: reply.id,
        author: person(reply.author_id, reply.author_name),
        body: reply.body,
        at: reply.created_at,
      })),
    });
  }
  return items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function countsOf(items: MeetingDiscussionItem[]): MeetingCounts {
  const counts: MeetingCounts = { suggestions: 0, accepted: 0, rejected: 0, open: 0, commentThreads: 0, resolved: 0 };
  for (const item of items) {
    if (item.type === 'suggestion') {
      counts.suggestions += 1;
      counts[item.outcome] += 1;
      continue;
    }
    counts.commentThreads += 1;
    if (item.outcome === 'resolved') counts.resolved += 1;
  }
  return counts;
}

/** The finals made after a meeting over an error of the 体检, as sentences the record's 成果 ends with. */
function overrideNotes(sources: RecordSources, startedAt: string): string {
  return sources.checkOverrides
    .filter((override) => override.createdAt >= startedAt)
    .map((override) => `${override.label}越过体检定稿，理由：${override.reason}。`)
    .join('');
}

function presentMeeting(meeting: MeetingRow, guideId: string, sources: RecordSources, now: string): Meeting {
  const endedAt = meeting.ended_at ?? now;
  const attendees = attendeesOf(
    sources.attendance.filter((row) => row.meeting_id === meeting.id),
    { startedAt: meeting.started_at, endedAt },
  );
  const present = new Set(attendees.map((attendee) => attendee.id));
  const discussion = discussionOf(sources, { from: Date.parse(meeting.started_at), to: Date.parse(endedAt) });
  const counts = countsOf(discussion);
  return {
    id: meeting.id,
    guideId,
    active: meeting.ended_at === null,
    host: { id: meeting.host_id, name: meeting.host_name },
    startedAt: meeting.started_at,
    endedAt: meeting.ended_at ?? null,
    location: meeting.location ?? null,
    recorder: meeting.recorder_id ? { id: meeting.recorder_id, name: meeting.recorder_name ?? unknownName } : null,
    topic: meeting.topic ?? sources.guideTitle,
    division: meeting.division ?? null,
    outcome: (meeting.outcome ?? defaultMeetingOutcome(counts)) + overrideNotes(sources, meeting.started_at),
    outcomeIsDefault: meeting.outcome === null,
    absenceNotes: meeting.absence_notes ?? null,
    attendees,
    // The host ran the meeting, whether or not they had the guide open.
    absentees: sources.members.filter((member) => !present.has(member.id) && member.id !== meeting.host_id),
    discussion,
    counts,
  };
}

/**
 * Every meeting of a guide as its 集体备课活动记录表, oldest first: attendance merged from the
 * stretches of presence, the suggestions (decided ones from the decisions table, open ones
 * from the live document's marks) and comment threads of each meeting's time, and the
 * defaults for 主题 and 成果. The caller has checked that the user may read the guide.
 */
export async function loadMeetingRecords(
  app: Pick<AppContext, 'database' | 'hocuspocus' | 'docStore'>,
  guide: { id: string; title: string; group_id: string },
): Promise<Meeting[]> {
  const { db } = app.database;
  const meetings = await listGuideMeetings(db, guide.id);
  if (meetings.length === 0) return [];
  const [members, attendance, decisions, comments, content, overrides] = await Promise.all([
    listGroupMembers(db, guide.group_id),
    listMeetingAttendance(db, meetings.map((meeting) => meeting.id)),
    listSuggestionDecisions(db, guide.id),
    listGuideComments(db, guide.id),
    readDocumentJson(app, guideDocName(guide.id)),
    db
      .selectFrom('guide_versions')
      .select(['label', 'check_override', 'created_at'])
      .where('guide_id', '=', guide.id)
      .where('check_override', 'is not', null)
      .orderBy('created_at')
      .execute(),
  ]);
  const openSuggestions = content ? listSuggestions(guideSchema().nodeFromJSON(content)) : [];
  const names = new Map(members.map((member) => [member.id, member.name]));
  const missing = [...new Set(openSuggestions.map((suggestion) => suggestion.author))].filter((id) => !names.has(id));
  if (missing.length > 0) {
    const users = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', missing).execute();
    users.forEach((user) => names.set(user.id, user.name));
  }
  const sources: RecordSources = {
    guideTitle: guide.title,
    members: members.map((member) => ({ id: member.id, name: member.name })),
    attendance,
    decisions,
    openSuggestions,
    comments,
    blockTitles: blockTitlesOf(content),
    names,
    checkOverrides: overrides.map((row) => ({ label: row.label, reason: row.check_override ?? '', createdAt: row.created_at })),
  };
  const now = new Date().toISOString();
  return meetings.map((meeting) => presentMeeting(meeting, guide.id, sources, now));
}
