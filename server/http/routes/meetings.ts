import { defaultSchoolTimeZone } from '../../../shared/time/schoolTime.ts';
import { Hono } from 'hono';
import { z } from 'zod';
import { docxMimeType } from '../../../shared/schemas/docxExport.ts';
import { meetingFieldsBodySchema, type Meeting } from '../../../shared/schemas/meeting.ts';
import { meetingEnder } from '../../commands/meetingEnder.ts';
import { meetingRecordEditor } from '../../commands/meetingRecordEditor.ts';
import { meetingStarter } from '../../commands/meetingStarter.ts';
import { findSchoolOfGroup } from '../../db/repos/schools.ts';
import { findGroup } from '../../db/repos/groups.ts';
import { attachmentDisposition } from '../../export/contentDisposition.ts';
import { loadMeetingRecords } from '../../export/meetingRecords.ts';
import { authorizeGuide } from '../../authorization.ts';
import { ApiError } from '../../errors.ts';
import type { AppContext, AppVariables, SessionUser } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody, queryParams } from '../validate.ts';

const recordQuerySchema = z.object({ meeting: z.string().min(1).max(100).optional() });

/**
 * Review meetings (研讨会议) of a guide and their record (集体备课活动记录表): the group reads
 * them, the leader starts and ends them and fills in the record, anyone in the group
 * downloads the record as Word.
 */
export function meetingRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  async function records(guideId: string, user: SessionUser) {
    const { guide } = await authorizeGuide(db, user.id, guideId, 'read');
    return { guide, meetings: await loadMeetingRecords(app, guide) };
  }

  async function presentOne(guideId: string, meetingId: string, user: SessionUser): Promise<Meeting> {
    const { meetings } = await records(guideId, user);
    const meeting = meetings.find((candidate) => candidate.id === meetingId);
    if (!meeting) throw new ApiError(404, 'not_found', '找不到这次研讨会议');
    return meeting;
  }

  routes.get('/:id/meetings', async (context) => {
    const user = requireUser(context);
    const { meetings } = await records(context.req.param('id'), user);
    return context.json(meetings);
  });

  routes.post('/:id/meetings', async (context) => {
    const user = requireUser(context);
    const guideId = context.req.param('id');
    const meetingId = await meetingStarter({ app, guideId, actorId: user.id });
    return context.json(await presentOne(guideId, meetingId, user), 201);
  });

  routes.post('/:id/meetings/:meetingId/end', async (context) => {
    const user = requireUser(context);
    const { id: guideId, meetingId } = context.req.param();
    await meetingEnder({ app, guideId, meetingId, actorId: user.id });
    return context.json(await presentOne(guideId, meetingId, user));
  });

  routes.patch('/:id/meetings/:meetingId', signedIn, jsonBody(meetingFieldsBodySchema), async (context) => {
    const user = requireUser(context);
    const { id: guideId, meetingId } = context.req.param();
    const body = context.req.valid('json');
    await meetingRecordEditor({ app, guideId, meetingId, actorId: user.id, body });
    return context.json(await presentOne(guideId, meetingId, user));
  });

  routes.get('/:id/meeting-record.docx', signedIn, queryParams(recordQuerySchema), async (context) => {
    const user = requireUser(context);
    const query = context.req.valid('query');
    const { guide, meetings } = await records(context.req.param('id'), user);
    if (meetings.length === 0) {
      throw new ApiError(404, 'no_meeting', '这份导学案还没有开过研讨会议，没有集体备课活动记录表可以下载');
    }
    const meeting = query.meeting ? meetings.find((candidate) => candidate.id === query.meeting) : meetings.at(-1);
    if (!meeting) throw new ApiError(404, 'not_found', '找不到这次研讨会议');

    const [school, group] = await Promise.all([findSchoolOfGroup(db, guide.group_id), findGroup(db, guide.group_id)]);
    const kicker = school ? `${school.name} · ${school.groupName}` : (group?.name ?? '');
    // The Word renderer is loaded on the first download, not at start.
    const { recordDate, renderMeetingRecordDocx } = await import('../../export/renderMeetingRecordDocx.ts');
    const timeZone = school?.timeZone ?? defaultSchoolTimeZone;
    const bytes = await renderMeetingRecordDocx({ meeting, kicker, guideTitle: guide.title, timeZone });
    const date = recordDate(meeting.startedAt, timeZone);
    return context.body(new Uint8Array(bytes), 200, {
      'Content-Type': docxMimeType,
      'Content-Disposition': attachmentDisposition(
        `集体备课活动记录表-${guide.title}-${date}.docx`,
        `meeting-record-${guide.id}-${date}.docx`,
      ),
      'Cache-Control': 'no-store',
    });
  });

  return routes;
}
