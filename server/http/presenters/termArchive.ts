import type { JSONContent } from '@tiptap/core';
import { zipSync } from 'fflate';
import { kickerLine } from '../../../shared/edition/titleLines.ts';
import type { Term } from '../../../shared/schemas/admin.ts';
import type { TermReport } from '../../../shared/schemas/termReport.ts';
import { defaultSchoolTimeZone } from '../../../shared/time/schoolTime.ts';
import { findGuideDetail, findGuideVersion } from '../../db/repos/guides.ts';
import { findSchoolOfGroup } from '../../db/repos/schools.ts';
import { safeFileName } from '../../export/contentDisposition.ts';
import { loadMeetingRecords } from '../../export/meetingRecords.ts';
import { recordDate, renderMeetingRecordDocx } from '../../export/renderMeetingRecordDocx.ts';
import { renderGuideDocx } from '../../export/renderGuideDocx.ts';
import type { AppContext } from '../appContext.ts';
import { termReportXlsx } from './termReportXlsx.ts';

/** A name not yet in the archive: a second file of the same name gets （2）. */
function uniqueName(taken: Set<string>, folder: string, base: string, extension: string): string {
  let name = `${folder}/${safeFileName(base)}${extension}`;
  for (let count = 2; taken.has(name); count += 1) name = `${folder}/${safeFileName(base)}（${count}）${extension}`;
  taken.add(name);
  return name;
}

/**
 * The term's archive for the 教务处, one zip: the latest 定稿 of every guide of the term as
 * 教师版 .docx (定稿/), every review meeting's 集体备课活动记录表 (研讨记录/), and the term
 * report (.xlsx). The school's administration reads every group's guides for this.
 */
export async function termArchiveZip(
  app: Pick<AppContext, 'database' | 'hocuspocus' | 'docStore'>,
  schoolName: string,
  term: Term,
  report: TermReport,
  guideIds: string[],
  /** The school's time zone, for the report's dates. */
  schoolTimeZone: string = defaultSchoolTimeZone,
): Promise<Uint8Array> {
  const { db } = app.database;
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  for (const guideId of guideIds) {
    const guide = await findGuideDetail(db, guideId);
    if (!guide) continue;
    const school = await findSchoolOfGroup(db, guide.group_id);
    const kicker = school ? kickerLine(school.name, school.groupName) : kickerLine(null, guide.group_name);
    const timeZone = school?.timeZone ?? defaultSchoolTimeZone;
    const final = await db
      .selectFrom('guide_versions')
      .select(['number'])
      .where('guide_id', '=', guideId)
      .where('kind', '=', 'final')
      .orderBy('number', 'desc')
      .executeTakeFirst();
    if (final) {
      const version = (await findGuideVersion(db, guideId, final.number))!;
      const signer = await db.selectFrom('users').select('name').where('id', '=', version.author_id).executeTakeFirst();
      const bytes = await renderGuideDocx({
        content: JSON.parse(version.json) as JSONContent,
        edition: 'teacher',
        paper: 'a4',
        facts: {
          title: guide.title,
          lessonType: guide.lesson_type,
          period: guide.period,
          leadDrafter: guide.lead_drafter_name,
          reviewer: signer?.name ?? guide.reviewer_name ?? null,
          reviewedAt: version.created_at,
          className: null,
          kicker,
          unit: guide.unit,
          versionLabel: version.label,
          timeZone,
        },
      });
      files[uniqueName(taken, '定稿', `${guide.title}（${version.label}·教师版）`, '.docx')] = new Uint8Array(bytes);
    }
    for (const meeting of await loadMeetingRecords(app, guide)) {
      const bytes = await renderMeetingRecordDocx({ meeting, kicker, guideTitle: guide.title, timeZone });
      files[uniqueName(taken, '研讨记录', `集体备课活动记录表-${guide.title}-${recordDate(meeting.startedAt, timeZone)}`, '.docx')] = new Uint8Array(bytes);
    }
  }
  files[`${safeFileName(`${term.name} 学期报告`)}.xlsx`] = await termReportXlsx(report, schoolName, schoolTimeZone);
  return zipSync(files, { level: 6 });
}
