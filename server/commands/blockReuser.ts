import type { JSONContent } from '@tiptap/core';
import { createId } from '../../shared/editor/createId.ts';
import { blockOriginAttribute } from '../../shared/editor/extensions/blockOrigin.ts';
import { guideSchema } from '../../shared/editor/schema.ts';
import type { BlockOrigin } from '../../shared/schemas/blockOrigin.ts';
import type { BlockReuseBody } from '../../shared/schemas/blockReuse.ts';
import type { AppContext } from '../appContext.ts';
import { authorizeDocumentWrite } from '../authorization.ts';
import { insertBlockReuses } from '../db/repos/blockReuses.ts';
import { ApiError } from '../errors.ts';
import { readVersionBlocks } from './versionBlocksReader.ts';

export interface BlockReuserProps {
  app: AppContext;
  /** The teacher copying: they read the source and edit (or suggest in) the target. */
  actorId: string;
  body: BlockReuseBody;
}

/** A copy of the node with a new id on it and on everything in it that has one: the copy is a new block. */
function withFreshIds(node: JSONContent): JSONContent {
  const copy: JSONContent = { ...node };
  if (node.attrs) copy.attrs = typeof node.attrs.id === 'string' ? { ...node.attrs, id: createId() } : { ...node.attrs };
  if (node.content) copy.content = node.content.map(withFreshIds);
  return copy;
}

/**
 * 从其他导学案复制: blocks of a saved version of a guide the teacher may read, made ready to go
 * into the guide or class copy they are editing — new ids, the credit (`origin`: the guide,
 * version, group and term) on each — and recorded, so the source lists where they were reused.
 * The teacher's editor inserts them at the caret like any edit of theirs (as suggestions where
 * the teacher may only suggest). Images, formulas, blanks and answers come along as they are.
 */
export async function blockReuser({ app, actorId, body }: BlockReuserProps): Promise<JSONContent[]> {
  const { db } = app.database;
  const target = await authorizeDocumentWrite(db, actorId, body.target);
  const source = await readVersionBlocks(db, actorId, body.fromGuideId, body.fromVersion);
  const origin: BlockOrigin = {
    guideId: source.guideId,
    version: source.versionNumber,
    versionLabel: source.versionLabel,
    title: source.title,
    group: source.groupName,
    term: source.term,
  };
  const picked = body.blockIds.map((blockId, index) => {
    const block = source.blocks.find((candidate) => candidate.id === blockId);
    if (!block) throw new ApiError(400, 'unknown_block', '这个版本里没有这个板块', ['blockIds', index]);
    return block;
  });
  const blocks = picked.map((block) => {
    const copy = withFreshIds(block.content as JSONContent);
    copy.attrs = { ...copy.attrs, [blockOriginAttribute]: origin };
    guideSchema().nodeFromJSON(copy).check();
    return copy;
  });
  const now = new Date().toISOString();
  // One copy's rows share the time: their ids keep the order the blocks went in.
  const batch = createId(12);
  await insertBlockReuses(
    db,
    picked.map((block, index) => ({
      id: `${batch}-${String(index).padStart(2, '0')}`,
      source_guide_id: source.guideId,
      source_version: source.versionNumber,
      source_block_id: block.id,
      block_kind: block.kind,
      block_title: block.title,
      target_guide_id: target.guideId,
      target_copy_id: target.copyId,
      new_block_id: blocks[index]!.attrs!.id as string,
      reused_by: actorId,
      created_at: now,
    })),
  );
  return blocks;
}
