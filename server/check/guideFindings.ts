import type { JSONContent } from '@tiptap/core';
import { checkGuide, finish, sortFindings } from '../../shared/check/checkGuide.ts';
import { defaultCheckSettings, withSettings, type CheckSettings } from '../../shared/check/settings.ts';
import { checkSettingsBodySchema, type CheckSettingsBody } from '../../shared/schemas/check.ts';
import { comparableText, copiesIdentical, guidesSimilar, shingles } from '../../shared/check/similarity.ts';
import type { DetailedFinding, GuideCheckFacts, LessonType, RawFinding } from '../../shared/check/types.ts';
import { guideFromTemplate } from '../../shared/editor/guideFromTemplate.ts';
import { copyDocName, guideDocName } from '../../shared/schemas/documentName.ts';
import type { Stage } from '../../shared/workflow/stages.ts';
import { readDocumentJson } from '../collab/readDocument.ts';
import { listGuideCopies } from '../db/repos/copies.ts';
import { findCopyLife, findVersionJson } from '../db/repos/copyLife.ts';
import { findGuideDetail, listGroupGuides, type GuideDetailRow } from '../db/repos/guides.ts';
import { notFound } from '../errors.ts';
import type { AppContext } from '../appContext.ts';

/** The 体检 settings of a group's school: its stored settings over the defaults. */
export async function checkSettingsFor(app: AppContext, groupId: string): Promise<CheckSettings> {
  const row = await app.database.db
    .selectFrom('check_settings')
    .innerJoin('groups', 'groups.school_id', 'check_settings.school_id')
    .select('check_settings.settings')
    .where('groups.id', '=', groupId)
    .executeTakeFirst();
  if (!row) return defaultCheckSettings;
  const parsed = checkSettingsBodySchema.safeParse(JSON.parse(row.settings));
  return parsed.success ? withSettings(parsed.data) : defaultCheckSettings;
}

/** Stores a school's 体检 settings (the group's school), replacing what it had. */
export async function storeCheckSettings(app: AppContext, groupId: string, settings: CheckSettingsBody, actorId: string): Promise<void> {
  const { db } = app.database;
  const group = await db.selectFrom('groups').select('school_id').where('id', '=', groupId).executeTakeFirst();
  if (!group) throw notFound('Group');
  const row = { school_id: group.school_id, settings: JSON.stringify(settings), updated_by: actorId, updated_at: new Date().toISOString() };
  await db
    .insertInto('check_settings')
    .values(row)
    .onConflict((conflict) => conflict.column('school_id').doUpdateSet({ settings: row.settings, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();
}

/** The facts the rules read from a guide's row. */
export function guideCheckFacts(guide: GuideDetailRow, overrides: Partial<GuideCheckFacts> = {}): GuideCheckFacts {
  return {
    grade: guide.grade,
    lessonType: guide.lesson_type as LessonType,
    stage: guide.stage as Stage,
    leadDrafter: guide.lead_drafter_name,
    reviewer: guide.reviewer_name ?? null,
    ...overrides,
  };
}

async function loadGuide(app: AppContext, guideId: string) {
  const guide = await findGuideDetail(app.database.db, guideId);
  if (!guide) throw notFound('Guide');
  return guide;
}

/** The shingles a template writes into every guide made from it, left out when guides are compared. */
function templateShingles(app: AppContext, templateId: string): Set<number> {
  const template = app.templates.get(templateId);
  return template ? shingles(comparableText(guideFromTemplate(template))) : new Set();
}

/** guides.similar for a guide: the other guides of its group (same subject and grade), read live. */
async function similarGuides(app: AppContext, guide: GuideDetailRow, content: JSONContent): Promise<RawFinding[]> {
  const others = (await listGroupGuides(app.database.db, guide.group_id)).filter((other) => other.id !== guide.id);
  const candidates = [];
  for (const other of others) {
    const otherContent = await readDocumentJson(app, guideDocName(other.id));
    if (otherContent) candidates.push({ label: `${other.title}（${other.lead_drafter_name}）`, content: otherContent });
  }
  return guidesSimilar(content, candidates, templateShingles(app, guide.template_id));
}

export interface GuideCheckOptions {
  /** Also compare with the group's other guides (guides.similar, for the leader). */
  compareWithGroup?: boolean;
  /** Facts as they will be, e.g. at the 定稿 gate the leader signs as 审核. */
  facts?: Partial<GuideCheckFacts>;
}

/** The 体检 of a guide's live content. */
export async function guideFindings(app: AppContext, guideId: string, options: GuideCheckOptions = {}): Promise<DetailedFinding[]> {
  const guide = await loadGuide(app, guideId);
  const content = await readDocumentJson(app, guideDocName(guideId));
  if (!content) throw notFound('Guide content');
  const settings = await checkSettingsFor(app, guide.group_id);
  const { findings } = checkGuide(content, guideCheckFacts(guide, options.facts), settings);
  if (!options.compareWithGroup) return findings;
  return sortFindings([...findings, ...finish(await similarGuides(app, guide, content), settings)]);
}

/**
 * The 体检 of a class copy: the single-guide rules on its live content with its guide's facts,
 * and copies.identical once it is marked 已上课 (against the final it is based on, leaving out
 * the 教后反思 block that 已上课 added).
 */
export async function copyFindings(app: AppContext, copyId: string, options: { compareWithGroup?: boolean } = {}): Promise<DetailedFinding[]> {
  const copy = await findCopyLife(app.database.db, copyId);
  if (!copy) throw notFound('Class copy');
  const guide = await loadGuide(app, copy.guide_id);
  const content = await readDocumentJson(app, copyDocName(copyId));
  if (!content) throw notFound('Class copy content');
  const settings = await checkSettingsFor(app, guide.group_id);
  const { findings } = checkGuide(content, guideCheckFacts(guide), settings);
  const finalJson = await findVersionJson(app.database.db, copy.guide_id, copy.base_version);
  const final = finalJson ? (JSON.parse(finalJson) as JSONContent) : null;
  const more: RawFinding[] = [];
  if (final && copy.taught_on) {
    more.push(...copiesIdentical(content, final, { taught: true, ignoreBlockIds: copy.reflection_block_id ? [copy.reflection_block_id] : [] }));
  }
  if (options.compareWithGroup) more.push(...(await similarCopies(app, copyId, guide, content, final)));
  return more.length === 0 ? findings : sortFindings([...findings, ...finish(more, settings)]);
}

/**
 * guides.similar for a class copy: the other class copies of its guide, read live, compared on
 * what the teachers added (the final's and the template's text left out), so that two teachers
 * handing in the same 二次备课 show, while copies that both kept the final do not.
 */
async function similarCopies(app: AppContext, copyId: string, guide: GuideDetailRow, content: JSONContent, final: JSONContent | null): Promise<RawFinding[]> {
  const ignore = templateShingles(app, guide.template_id);
  if (final) for (const shingle of shingles(comparableText(final))) ignore.add(shingle);
  const candidates = [];
  for (const other of await listGuideCopies(app.database.db, guide.id)) {
    if (other.id === copyId) continue;
    const otherContent = await readDocumentJson(app, copyDocName(other.id));
    if (otherContent) candidates.push({ label: `${other.class_name}（${other.owner_name}）`, content: otherContent });
  }
  return guidesSimilar(content, candidates, ignore);
}
