import type { ImportForm, ImportPreview } from '../../shared/schemas/docxImport.ts';
import { storedGuideHeader } from '../../shared/schemas/guideHeader.ts';
import { guideDocName } from '../../shared/schemas/documentName.ts';
import { effectiveSynonyms } from '../db/repos/labelSynonyms.ts';
import { findSchoolOfGroup } from '../db/repos/schools.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { authorizeGroup, authorizeGuide } from '../authorization.ts';
import { editLiveDocument } from '../collab/editLiveDocument.ts';
import { chooseTemplate } from '../import/chooseTemplate.ts';
import type { ImportedFigure } from '../import/readDocxSource.ts';
import { readGuideDocxInWorker } from '../import/readGuideDocxInWorker.ts';
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

/** A file of another subject than the group's: said in the preview, as the header will print the file's. */
function subjectWarning(fileSubject: string | undefined, groupSubject: string): string[] {
  if (!fileSubject || groupSubject.includes(fileSubject) || fileSubject.includes(groupSubject)) return [];
  return [`文件的学科是“${fileSubject}”，与备课组的学科“${groupSubject}”不同；表头按文件打印“${fileSubject}”，可以在下面修改。`];
}

/**
 * Reads an uploaded Word guide with the school's label dictionary and says what the guide
 * would be: title, header, lesson type, template and the mapped blocks. Creates nothing. Any
 * member of the group may look.
 */
export async function guideImportPreviewer(props: GuideImporterProps): Promise<ImportPreview> {
  return (await readImport(props)).preview;
}

async function readImport({ app, actorId, form, file, fileName }: GuideImporterProps): Promise<{ preview: ImportPreview; figures: ImportedFigure[]; schoolId: string }> {
  const { db } = app.database;
  const group = await findSchoolOfGroup(db, form.groupId);
  if (!group) throw new ApiError(404, 'not_found', 'Group not found');
  await authorizeGroup(db, actorId, form.groupId, 'read');
  const read = await readGuideDocxInWorker(file, await effectiveSynonyms(db, group.id));
  const template = chooseTemplate(app.templates, group.subject, read.facts.lessonType);
  const content = form.blocks ? normaliseGuideJson(applyBlockChoices(read.content, form.blocks)) : read.content;
  const preview: ImportPreview = {
    title: form.title ?? read.facts.title ?? titleFromFileName(fileName) ?? '导入的导学案',
    unit: form.unit ?? read.facts.unit,
    period: form.period ?? read.facts.period,
    lessonType: read.facts.lessonType ?? template.lessonType,
    header: form.header ?? read.facts.header,
    templateId: template.id,
    blocks: read.blocks,
    warnings: [...read.warnings, ...subjectWarning(read.facts.header.subject, group.subject)],
    content: { ...content, type: 'doc' },
  };
  return { preview, figures: read.figures, schoolId: group.id };
}

/**
 * Imports a teacher's existing Word guide (导入 Word). Without `guideId` the group leader
 * creates a new guide from it through guideCreator, so the same rules apply (the lead drafter
 * is the importer unless the form names another member). With `guideId` the file goes into a
 * lesson already assigned: its lead drafter (or the leader) replaces the draft's content with
 * the file's, through the update log like any edit, while the guide is being drafted. The
 * header read from the file (主备人, 审核人, 学科 …) goes into the guide record either way. A
 * bad file changes nothing. Answers the guide's id.
 */
export async function guideImporter(props: GuideImporterProps): Promise<string> {
  const { app, actorId, form } = props;
  const { db } = app.database;
  if (form.guideId) {
    const { guide } = await authorizeGuide(db, actorId, form.guideId, 'importWord');
    if (guide.group_id !== form.groupId) throw new ApiError(400, 'wrong_group', '这节课不属于所选的备课组', ['groupId']);
  } else {
    await authorizeGroup(db, actorId, form.groupId, 'assignLesson');
  }
  const { preview, figures, schoolId } = await readImport(props);
  // The figures' pictures go into the school's files first: the guide's image nodes name them by SHA-256.
  for (const figure of figures) {
    await insertFileOnce(db, { sha256: figure.sha256, schoolId, type: figure.type, bytes: figure.bytes, createdBy: actorId });
  }
  if (form.guideId) return importIntoLesson(props, form.guideId, preview);
  const id = await guideCreator({
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
  await db.updateTable('guides').set({ header_fields: storedGuideHeader(preview.header) }).where('id', '=', id).execute();
  return id;
}

/** The assigned lesson takes the file's content; its 课题 stays as assigned unless the form gives one. */
async function importIntoLesson({ app, actorId, form }: GuideImporterProps, guideId: string, preview: ImportPreview): Promise<string> {
  const { db } = app.database;
  await editLiveDocument(app, guideDocName(guideId), { userId: actorId, reason: 'import' }, (_current, schema) => schema.nodeFromJSON(preview.content));
  const guide = await db.selectFrom('guides').select(['period', 'unit']).where('id', '=', guideId).executeTakeFirstOrThrow();
  await db
    .updateTable('guides')
    .set({
      ...(form.title ? { title: form.title } : {}),
      period: form.period ?? guide.period ?? preview.period,
      unit: form.unit ?? guide.unit ?? preview.unit,
      header_fields: storedGuideHeader(preview.header),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', guideId)
    .execute();
  return guideId;
}
