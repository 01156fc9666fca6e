import type { JSONContent } from '@tiptap/core';
import { copyVersionLine, kickerLine } from '../../shared/edition/titleLines.ts';
import { copyDocName, guideDocName } from '../../shared/schemas/documentName.ts';
import { parseStoredGuideHeader } from '../../shared/schemas/guideHeader.ts';
import { defaultSchoolTimeZone } from '../../shared/time/schoolTime.ts';
import type { AppContext, SessionUser } from '../appContext.ts';
import { authorizeCopy, authorizeGuide } from '../authorization.ts';
import { readDocumentJson } from '../collab/readDocument.ts';
import { findCopyDetail } from '../db/repos/copies.ts';
import { findGuideDetail, findGuideVersion } from '../db/repos/guides.ts';
import { findSchoolOfGroup } from '../db/repos/schools.ts';
import { notFound } from '../errors.ts';
import type { ExportFacts } from './docxHeader.ts';

/** What a printed guide is made from: its content, its header facts and the file's name. */
export interface ExportSource {
  content: JSONContent;
  facts: ExportFacts;
  /** The file name without the edition and extension (the guide's title, and the class for a copy). */
  fileTitle: string;
  /** An ASCII name for clients that cannot read the UTF-8 one. */
  asciiName: string;
}

/** The line above the title and the school's time zone, for a guide of this group. */
async function schoolLinesOf(app: AppContext, groupId: string, fallback: string): Promise<{ kicker: string; timeZone: string }> {
  const school = await findSchoolOfGroup(app.database.db, groupId);
  return {
    kicker: school ? kickerLine(school.name, school.groupName) : kickerLine(null, fallback),
    timeZone: school?.timeZone ?? defaultSchoolTimeZone,
  };
}

/**
 * A guide the user may read (404 otherwise, as GET /api/guides/:id answers), live or one of
 * its saved versions. A final version carries the sign-off given when it was saved.
 */
export async function guideExportSource(app: AppContext, guideId: string, user: SessionUser, version?: number): Promise<ExportSource> {
  const { db } = app.database;
  await authorizeGuide(db, user.id, guideId, 'read');
  const guide = await findGuideDetail(db, guideId);
  if (!guide) throw notFound('Guide');

  let content: JSONContent | null;
  let versionLabel: string | null = null;
  let reviewer = guide.reviewer_name;
  let reviewedAt = guide.reviewed_at;
  if (version !== undefined) {
    const saved = await findGuideVersion(db, guide.id, version);
    if (!saved) throw notFound(`Version ${version}`);
    content = JSON.parse(saved.json) as JSONContent;
    versionLabel = saved.label;
    if (saved.kind === 'final') {
      const author = await db.selectFrom('users').select('name').where('id', '=', saved.author_id).executeTakeFirst();
      reviewer = author?.name ?? reviewer;
      reviewedAt = saved.created_at;
    }
  } else {
    content = await readDocumentJson(app, guideDocName(guide.id));
  }
  if (!content) throw notFound('Guide content');

  return {
    content,
    facts: {
      title: guide.title,
      lessonType: guide.lesson_type,
      period: guide.period,
      // The header as the guide prints it: 主备人 and 审核人 the header names (an import's), 授课时间.
      leadDrafter: parseStoredGuideHeader(guide.header_fields).leadDrafter ?? guide.lead_drafter_name,
      reviewer: reviewer ?? parseStoredGuideHeader(guide.header_fields).reviewer ?? null,
      teachingDate: parseStoredGuideHeader(guide.header_fields).teachingDate ?? null,
      reviewedAt: reviewedAt ?? null,
      className: null,
      ...(await schoolLinesOf(app, guide.group_id, guide.group_name)),
      unit: guide.unit,
      versionLabel,
    },
    fileTitle: versionLabel ? `${guide.title}（${versionLabel}）` : guide.title,
    asciiName: `guide-${guide.id}${version ? `-v${version}` : ''}`,
  };
}

/** A class copy the user may read (its teacher, and the guide's group), with its class in the header. */
export async function copyExportSource(app: AppContext, copyId: string, user: SessionUser): Promise<ExportSource> {
  const { db } = app.database;
  await authorizeCopy(db, user.id, copyId, 'read');
  const copy = await findCopyDetail(db, copyId);
  if (!copy) throw notFound('Class copy');
  const guide = await findGuideDetail(db, copy.guide_id);
  if (!guide) throw notFound('Guide');
  const base = await findGuideVersion(db, copy.guide_id, copy.base_version);
  const content = await readDocumentJson(app, copyDocName(copy.id));
  if (!content) throw notFound('Class copy content');
  return {
    content,
    facts: {
      title: guide.title,
      lessonType: guide.lesson_type,
      period: guide.period,
      leadDrafter: parseStoredGuideHeader(guide.header_fields).leadDrafter ?? guide.lead_drafter_name,
      reviewer: guide.reviewer_id && guide.reviewer_name ? guide.reviewer_name : (parseStoredGuideHeader(guide.header_fields).reviewer ?? null),
      reviewedAt: guide.reviewed_at,
      className: copy.class_name,
      // 授课时间: the copy's 上课日期 once the class is taught, as the print preview shows it.
      teachingDate: copy.taught_on ?? null,
      ...(await schoolLinesOf(app, guide.group_id, guide.group_name)),
      unit: guide.unit,
      versionLabel: copyVersionLine(copy.class_name, base?.label ?? `v${copy.base_version}`),
    },
    fileTitle: `${guide.title}（${copy.class_name}）`,
    asciiName: `copy-${copy.id}`,
  };
}
