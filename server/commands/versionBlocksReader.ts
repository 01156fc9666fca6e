import type { JSONContent } from '@tiptap/core';
import type { Kysely } from 'kysely';
import { isBlockKind } from '../../shared/editor/blockKinds.ts';
import { guideSchema } from '../../shared/editor/schema.ts';
import type { VersionBlocks } from '../../shared/schemas/blockReuse.ts';
import { rejectAll } from '../../shared/suggestions/resolveSuggestions.ts';
import { termOf } from '../../shared/workflow/term.ts';
import { authorizeGuide } from '../authorization.ts';
import { findOriginGuide } from '../db/repos/guideLineage.ts';
import { findGuideVersion } from '../db/repos/guides.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';

/**
 * The blocks of a saved version of a guide the user may read (从其他导学案复制 lists them), with
 * the names its credit is made of. Suggestions still open in the version are left out, the way
 * the version reads before anyone accepts them. A guide the user may not read answers 404.
 */
export async function readVersionBlocks(db: Kysely<Database>, userId: string, guideId: string, versionNumber: number): Promise<VersionBlocks> {
  await authorizeGuide(db, userId, guideId, 'read');
  const [guide, version] = await Promise.all([findOriginGuide(db, guideId, versionNumber), findGuideVersion(db, guideId, versionNumber)]);
  if (!guide || !version) throw notFound(`Version ${versionNumber}`);
  const content = rejectAll(guideSchema().nodeFromJSON(JSON.parse(version.json))).toJSON() as JSONContent;
  const blocks: VersionBlocks['blocks'] = [];
  for (const block of content.content ?? []) {
    if (!block.type || !isBlockKind(block.type) || typeof block.attrs?.id !== 'string') continue;
    blocks.push({ id: block.attrs.id, kind: block.type, title: typeof block.attrs.title === 'string' ? block.attrs.title : '', content: block });
  }
  return {
    guideId,
    title: guide.title,
    versionNumber: version.number,
    versionLabel: version.label,
    groupName: guide.group_name,
    term: termOf(guide.due_date ?? guide.created_at.slice(0, 10)).label,
    blocks,
  };
}
