import type { ImportForm, ImportPreview } from '../../shared/schemas/docxImport.ts';
import { findMembership } from '../db/repos/groups.ts';
import { effectiveSynonyms } from '../db/repos/labelSynonyms.ts';
import { findSchoolOfGroup } from '../db/repos/schools.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { chooseTemplate } from '../import/chooseTemplate.ts';
import type { ImportedFigure } from '../import/readDocxSource.ts';
import { readGuideDocx } from '../import/readGuideDocx.ts';
import { applyBlockChoices } from '../import/applyBlockChoices.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { insertFileOnce } from '../db/repos/files.ts';
import { guideCreator } from './guideCreator.ts';

export interface GuideImporterProps {
  app: AppContext;
  /** The teacher uploading the file. */
  actorId: string;
  form: ImportForm;
  /** The uploaded .docx. */
  file: Uint8Array;
  fileName: string;
}

/** The file name without its extension, as a last resort for the 课题. */
function titleFromFileName(fileName: string): string | null {
  const base = fileName.replace(/\.docx?$/i, '').trim();
  return base ? base.slice(0, 100) : null;
}

/**
 * Reads an uploaded Word guide with the school's label dictionary and says what the guide
 * would be: title, lesson type, template and the mapped blocks. Creates nothing. Any member
 * of the group may look.
 */
export async function guideImportPreviewer(props: GuideImporterProps): Promise<ImportPreview> {
  return (await readImport(props)).preview;
}

async function readImport({ app, actorId, form, file, fileName }: GuideImporterProps): Promise<{ preview: ImportPreview; figures: ImportedFigure[]; schoolId: string }> {
  const { db } = app.database;
  const group = await findSchoolOfGroup(db, form.groupId);
  if (!group) throw new ApiError(404, 'not_found', 'Group not found');
  if (!(await findMembership(db, form.groupId, actorId))) throw new ApiError(403, 'not_group_member', '你不是该备课组的成员');
  const read = await readGuideDocx(file, await effectiveSynonyms(db, group.id));
  const template = chooseTemplate(app.templates, group.subject, read.facts.lessonType);
  const content = form.blocks ? normaliseGuideJson(applyBlockChoices(read.content, form.blocks)) : read.content;
  const preview: ImportPreview = {
    title: form.title ?? read.facts.title ?? titleFromFileName(fileName) ?? '导入的导学案',
    unit: form.unit ?? read.facts.unit,
    period: form.period ?? read.facts.period,
    lessonType: read.facts.lessonType ?? template.lessonType,
    templateId: template.id,
    blocks: read.blocks,
    warnings: read.warnings,
    content: { ...content, type: 'doc' },
  };
  return { preview, figures: read.figures, schoolId: group.id };
}

/**
 * The group leader imports a teacher's existing Word guide (导入 Word): the file is checked and
 * mapped first, then the guide is created through guideCreator with the imported content, so
 * the same rules apply (leader only, lead drafter in the group). The lead drafter is the
 * importer unless the form names another member. A bad file creates nothing.
 */
export async function guideImporter(props: GuideImporterProps): Promise<string> {
  const { app, actorId, form } = props;
  const membership = await findMembership(app.database.db, form.groupId, actorId);
  if (!membership) throw new ApiError(403, 'not_group_member', '你不是该备课组的成员');
  if (membership.role !== 'leader') throw new ApiError(403, 'wrong_role', '只有备课组长可以导入导学案');
  const { preview, figures, schoolId } = await readImport(props);
  // The figures' pictures go into the school's files first: the guide's image nodes name them by SHA-256.
  for (const figure of figures) {
    await insertFileOnce(app.database.db, { sha256: figure.sha256, schoolId, type: figure.type, bytes: figure.bytes, createdBy: actorId });
  }
  return guideCreator({
    app,
    actorId,
    body: {
      title: preview.title,
      templateId: preview.templateId,
      groupId: form.groupId,
      leadDrafterId: form.leadDrafterId ?? actorId,
      period: preview.period ?? undefined,
      unit: preview.unit ?? undefined,
    },
    content: preview.content,
  });
}
