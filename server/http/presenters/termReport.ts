import type { JSONContent } from '@tiptap/core';
import { defaultSchoolTimeZone, schoolDay } from '../../../shared/time/schoolTime.ts';
import { guideSchema as editorSchema } from '../../../shared/editor/schema.ts';
import type { Term } from '../../../shared/schemas/admin.ts';
import { copyDocName, guideDocName } from '../../../shared/schemas/documentName.ts';
import { guideQuotaOf, type CheckOverrideRow, type GroupReportRow, type TeacherReportRow, type TermReport } from '../../../shared/schemas/termReport.ts';
import { listSuggestions } from '../../../shared/suggestions/listSuggestions.ts';
import { reflectionsPerTerm } from '../../../shared/workflow/term.ts';
import { guideInTerm } from '../../../shared/workflow/schoolTerm.ts';
import { readDocumentJson } from '../../collab/readDocument.ts';
import type { AppContext } from '../appContext.ts';
import { copyReflectionWritten } from './copyStatus.ts';


function jsonList(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * The term report of a school. A guide belongs to the term it was given (made before the school
 * had terms: the one its due date, or without one its creation, falls in); its meetings, suggestions, comment threads and class copies count with
 * it. A final is on time when the first 定稿 was saved on or before the due date. Suggestions
 * made are those decided and those still open in the guide; 教后反思 are copies taught in the
 * term whose reflection the teacher wrote in.
 */
export async function buildTermReport(
  app: Pick<AppContext, 'database' | 'hocuspocus' | 'docStore'>,
  schoolId: string,
  term: Term,
  /** One group's part (its guides and members), or one teacher's line of it. */
  scope?: { groupId: string; teacherId?: string },
): Promise<TermReport & { guideIds: string[] }> {
  const { db } = app.database;
  const school = await db.selectFrom('schools').select('time_zone').where('id', '=', schoolId).executeTakeFirst();
  const timeZone = school?.time_zone ?? defaultSchoolTimeZone;
  const today = schoolDay(new Date(), timeZone);
  /** The day of an instant at the school. */
  const day = (timestamp: string) => schoolDay(new Date(timestamp), timeZone);
  let groupQuery = db.selectFrom('groups').select(['id', 'name', 'subject']).where('school_id', '=', schoolId);
  if (scope) groupQuery = groupQuery.where('id', '=', scope.groupId);
  const groups = await groupQuery.orderBy('grade').orderBy('name').execute();
  const groupIds = groups.map((group) => group.id);
  const none = [''];
  const allGuides = await db
    .selectFrom('guides')
    .select(['id', 'group_id', 'lead_drafter_id', 'due_date', 'created_at', 'term_id'])
    .where('group_id', 'in', groupIds.length > 0 ? groupIds : none)
    .execute();
  const guides = allGuides.filter((guide) =>
    guideInTerm({ termId: guide.term_id, dueDate: guide.due_date, createdAt: guide.created_at }, term),
  );
  const guideIds = guides.length > 0 ? guides.map((guide) => guide.id) : none;

  const [finals, meetings, decisions, threads, copies, members, users] = await Promise.all([
    db.selectFrom('guide_versions').select(['guide_id', 'created_at']).where('kind', '=', 'final').where('guide_id', 'in', guideIds).orderBy('created_at').execute(),
    db.selectFrom('meetings').select(['id', 'guide_id', 'started_at', 'ended_at']).where('guide_id', 'in', guideIds).execute(),
    db.selectFrom('suggestion_decisions').select(['suggestion_id', 'author_id', 'decision']).where('guide_id', 'in', guideIds).execute(),
    db.selectFrom('comments').select(['author_id']).where('guide_id', 'in', guideIds).where('parent_id', 'is', null).execute(),
    db
      .selectFrom('class_copies')
      .select(['id', 'owner_id', 'taught_on', 'reflection_block_id'])
      .where('guide_id', 'in', guideIds)
      .execute(),
    db.selectFrom('group_members').select(['user_id', 'group_id']).where('group_id', 'in', groupIds.length > 0 ? groupIds : none).execute(),
    db.selectFrom('users').select(['id', 'name', 'username', 'subjects']).where('school_id', '=', schoolId).orderBy('username').execute(),
  ]);
  const attendance =
    meetings.length === 0
      ? []
      : await db
          .selectFrom('meeting_attendance')
          .select(['meeting_id', 'user_id', 'joined_at', 'left_at'])
          .where(
            'meeting_id',
            'in',
            meetings.map((meeting) => meeting.id),
          )
          .execute();

  const firstFinal = new Map<string, string>();
  for (const version of finals) if (!firstFinal.has(version.guide_id)) firstFinal.set(version.guide_id, version.created_at);
  const finalState = (guide: (typeof guides)[number]): 'onTime' | 'late' | 'overdue' | 'open' => {
    const final = firstFinal.get(guide.id);
    if (final) return !guide.due_date || day(final) <= guide.due_date ? 'onTime' : 'late';
    return guide.due_date && guide.due_date < today ? 'overdue' : 'open';
  };

  // Open suggestions live in the guides themselves.
  const openSuggestions = (
    await Promise.all(
      guides.map(async (guide) => {
        const json = await readDocumentJson(app, guideDocName(guide.id));
        return json ? listSuggestions(editorSchema().nodeFromJSON(json)) : [];
      }),
    )
  ).flat();
  const taughtInTerm = copies.filter((copy) => copy.taught_on && copy.taught_on >= term.startDate && copy.taught_on <= term.endDate);
  const copyContents: (JSONContent | null)[] = await Promise.all(taughtInTerm.map((copy) => readDocumentJson(app, copyDocName(copy.id))));
  const reflected = taughtInTerm.filter((copy, index) => copyReflectionWritten(copy, copyContents[index]));

  const meetingEnd = new Map(meetings.map((meeting) => [meeting.id, meeting.ended_at]));
  const inGroups = new Set(members.map((member) => member.user_id));
  const groupOf = new Map(members.map((member) => [member.user_id, member.group_id]));
  const teachers: TeacherReportRow[] = users
    .filter((user) => inGroups.has(user.id) || guides.some((guide) => guide.lead_drafter_id === user.id))
    .map((user) => {
      const led = guides.filter((guide) => guide.lead_drafter_id === user.id);
      const states = led.map(finalState);
      const stretches = attendance.filter((row) => row.user_id === user.id);
      const milliseconds = stretches.reduce((sum, row) => {
        const end = row.left_at ?? meetingEnd.get(row.meeting_id) ?? new Date().toISOString();
        return sum + Math.max(0, Date.parse(end) - Date.parse(row.joined_at));
      }, 0);
      const decided = decisions.filter((decision) => decision.author_id === user.id);
      const subject = jsonList(user.subjects)[0] ?? groups.find((group) => group.id === groupOf.get(user.id))?.subject ?? null;
      return {
        teacher: { id: user.id, name: user.name },
        subject,
        quota: guideQuotaOf(subject),
        guidesLed: led.length,
        finalsOnTime: states.filter((state) => state === 'onTime').length,
        finalsLate: states.filter((state) => state === 'late').length,
        overdue: states.filter((state) => state === 'overdue').length,
        meetingsAttended: new Set(stretches.map((row) => row.meeting_id)).size,
        minutesPresent: Math.round(milliseconds / 60_000),
        suggestionsMade: decided.length + openSuggestions.filter((suggestion) => suggestion.author === user.id).length,
        suggestionsAccepted: decided.filter((decision) => decision.decision === 'accepted').length,
        commentThreads: threads.filter((thread) => thread.author_id === user.id).length,
        classCopies: copies.filter((copy) => copy.owner_id === user.id).length,
        reflections: reflected.filter((copy) => copy.owner_id === user.id).length,
      };
    });

  const groupRows: GroupReportRow[] = groups.map((group) => {
    const own = guides.filter((guide) => guide.group_id === group.id);
    const states = own.map(finalState);
    return {
      group: { id: group.id, name: group.name },
      guides: own.length,
      meetingsHeld: meetings.filter((meeting) => own.some((guide) => guide.id === meeting.guide_id)).length,
      finalsOnTime: states.filter((state) => state === 'onTime').length,
      finalsLate: states.filter((state) => state === 'late').length,
      overdueLessons: states.filter((state) => state === 'overdue').length,
    };
  });

  // Finals made over an error finding of the 体检, with the leader's reason.
  const overrides = await db
    .selectFrom('guide_versions')
    .innerJoin('guides', 'guides.id', 'guide_versions.guide_id')
    .innerJoin('groups', 'groups.id', 'guides.group_id')
    .select(['guides.id as guideId', 'guides.title', 'groups.id as groupId', 'groups.name as groupName', 'guide_versions.label', 'guide_versions.check_override', 'guide_versions.created_at'])
    .where('guide_versions.guide_id', 'in', guideIds)
    .where('guide_versions.check_override', 'is not', null)
    .orderBy('guide_versions.created_at')
    .execute();
  const checkOverrides: CheckOverrideRow[] = overrides.map((row) => ({
    guide: { id: row.guideId, title: row.title },
    group: { id: row.groupId, name: row.groupName },
    versionLabel: row.label,
    reason: row.check_override ?? '',
    at: row.created_at,
  }));

  if (scope?.teacherId) {
    const own = teachers.filter((row) => row.teacher.id === scope.teacherId);
    return { term, reflectionTarget: reflectionsPerTerm, teachers: own, groups: [], checkOverrides: [], guideIds: [] };
  }
  return { term, reflectionTarget: reflectionsPerTerm, teachers, groups: groupRows, checkOverrides, guideIds: guides.map((guide) => guide.id) };
}
