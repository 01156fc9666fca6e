import { guideFromTemplate } from '../../shared/editor/guideFromTemplate.ts';
import { jsonToYUpdate } from '../../shared/editor/schema.ts';
import type { CreateGuideBody } from '../../shared/schemas/guide.ts';
import type { JSONContent } from '@tiptap/core';
import { authorizeGroup, authorizeGuide } from '../authorization.ts';
import { findMembership } from '../db/repos/groups.ts';
import { findGuideVersion, insertGuide, latestFinalVersion } from '../db/repos/guides.ts';
import { listGroupTerms } from '../db/repos/schoolAdmin.ts';
import { guideTermDay, schoolTermOf } from '../../shared/workflow/schoolTerm.ts';
import { createId } from '../../shared/editor/createId.ts';
import { guideDocName } from '../../shared/schemas/documentName.ts';
import { ApiError, notFound } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { lessonAssigned } from '../notifications/guideEvents.ts';

export interface GuideCreatorProps {
  app: AppContext;
  /** The teacher creating the guide (a member of the group). */
  actorId: string;
  body: CreateGuideBody;
  /** Content to start from instead of the template's (the seeded demo guide). */
  content?: JSONContent;
}

/**
 * The group leader assigns a lesson to a lead drafter (主备教师). Creates the guide: the database row and its living Y.Doc, written from the
 * template through the update log like every later edit.
 */
export async function guideCreator({ app, actorId, body, content }: GuideCreatorProps): Promise<string> {
  const template = app.templates.get(body.templateId);
  if (!template) throw new ApiError(400, 'unknown_template', `No template "${body.templateId}"`, ['templateId']);
  const { db } = app.database;
  await authorizeGroup(db, actorId, body.groupId, 'assignLesson');
  const drafterRole = await findMembership(db, body.groupId, body.leadDrafterId);
  if (!drafterRole) {
    throw new ApiError(400, 'lead_drafter_not_member', '主备教师必须是该备课组的成员', ['leadDrafterId']);
  }
  const origin = body.fromGuideId ? await originContent(app, actorId, body.fromGuideId, body.fromVersion) : null;
  const id = createId(12);
  const now = new Date().toISOString();
  const termId = await termOfNewGuide(app, body, now);
  await app.docStore.create(guideDocName(id), jsonToYUpdate(content ?? origin?.content ?? guideFromTemplate(template)));
  await insertGuide(db, {
    id,
    group_id: body.groupId,
    title: body.title,
    template_id: template.id,
    lesson_type: template.lessonType,
    period: body.period ?? null,
    unit: body.unit ?? null,
    period_minutes: template.periodMinutes,
    stage: 'drafting',
    lead_drafter_id: body.leadDrafterId,
    reviewer_id: null,
    reviewed_at: null,
    due_date: body.dueDate ?? null,
    term_id: termId,
    created_by: actorId,
    created_at: now,
    updated_at: now,
    origin_guide_id: origin?.guideId ?? null,
    origin_version: origin?.versionNumber ?? null,
  });
  await lessonAssigned(app, id, actorId);
  return id;
}

/**
 * 从已有导学案新建: the content of a saved version of a guide the creator may read (its latest
 * 定稿 unless a version is named). A guide the creator may not read answers 404 like any other.
 */
async function originContent(app: AppContext, actorId: string, guideId: string, versionNumber: number | undefined) {
  const { db } = app.database;
  await authorizeGuide(db, actorId, guideId, 'read');
  const version = versionNumber === undefined ? await latestFinalVersion(db, guideId) : await findGuideVersion(db, guideId, versionNumber);
  if (!version) {
    if (versionNumber !== undefined) throw notFound(`Version ${versionNumber}`);
    throw new ApiError(409, 'no_final', '这份导学案还没有定稿，请选择一个已保存的版本', ['fromGuideId']);
  }
  return { guideId, versionNumber: version.number, content: JSON.parse(version.json) as JSONContent };
}

/** The term a new guide belongs to: the one asked for (of the group's school), else the one its due date or today falls in. */
async function termOfNewGuide(app: AppContext, body: CreateGuideBody, now: string): Promise<string | null> {
  const { terms } = await listGroupTerms(app.database.db, body.groupId);
  if (body.termId) {
    if (!terms.some((term) => term.id === body.termId)) throw new ApiError(400, 'unknown_term', '该学期不存在', ['termId']);
    return body.termId;
  }
  return schoolTermOf(terms, guideTermDay({ dueDate: body.dueDate ?? null, createdAt: now }))?.id ?? null;
}
