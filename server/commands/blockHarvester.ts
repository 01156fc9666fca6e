import type { JSONContent } from '@tiptap/core';
import { Fragment, type Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import { createId } from '../../shared/editor/createId.ts';
import type { HarvestBody } from '../../shared/schemas/harvest.ts';
import { copyDocName, guideDocName } from '../../shared/schemas/documentName.ts';
import { editLiveDocument } from '../collab/editLiveDocument.ts';
import { readDocumentJson } from '../collab/readDocument.ts';
import { findCopyLife } from '../db/repos/copyLife.ts';
import { insertHarvest } from '../db/repos/harvests.ts';
import { authorizeGuide } from '../authorization.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';

export interface BlockHarvesterProps {
  app: AppContext;
  guideId: string;
  actorId: string;
  body: HarvestBody;
}

/** The class teacher's margin notes are their own remarks, not guide content: they stay behind. */
function withoutTeacherNotes(node: JSONContent): JSONContent {
  if (!node.content) return node;
  const content = node.content.filter((child) => child.type !== 'teacherNote').map(withoutTeacherNotes);
  // A block needs some content: one that held only notes keeps an empty paragraph.
  return { ...node, content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

/** What a paragraph taken from a copy becomes in the guide: a margin note gives its paragraphs. */
function takenChildren(child: JSONContent): JSONContent[] {
  if (child.type === 'teacherNote') return child.content ?? [];
  return [withoutTeacherNotes(child)];
}

function topLevelIndex(doc: ProseMirrorNode, id: string): number {
  let found = -1;
  doc.forEach((block, _offset, index) => {
    if (found < 0 && block.attrs.id === id) found = index;
  });
  return found;
}

/** The guide's blocks with the copy's block put in: in place of the guide's block of the same id, or after its predecessor in the copy. */
function placeBlock(guide: ProseMirrorNode, copy: JSONContent, blockIndexInCopy: number, block: ProseMirrorNode): ProseMirrorNode {
  const blocks: ProseMirrorNode[] = [];
  guide.forEach((node) => blocks.push(node));
  const existing = topLevelIndex(guide, block.attrs.id as string);
  if (existing >= 0) {
    blocks[existing] = block;
    return guide.copy(Fragment.fromArray(blocks));
  }
  let insertAt = 0;
  for (let index = blockIndexInCopy - 1; index >= 0; index -= 1) {
    const previousId = copy.content?.[index]?.attrs?.id;
    const inGuide = typeof previousId === 'string' ? topLevelIndex(guide, previousId) : -1;
    if (inGuide >= 0) {
      insertAt = inGuide + 1;
      break;
    }
  }
  blocks.splice(insertAt, 0, block);
  return guide.copy(Fragment.fromArray(blocks));
}

/** The guide's block with the copy's paragraph put in after the paragraph it follows in the copy. */
function placeParagraph(guideBlock: ProseMirrorNode, copyBlock: JSONContent, paragraphIndex: number, taken: ProseMirrorNode[]): ProseMirrorNode {
  const children: ProseMirrorNode[] = [];
  guideBlock.forEach((child) => children.push(child));
  let insertAt = paragraphIndex === 0 ? 0 : children.length;
  const previous = copyBlock.content?.[paragraphIndex - 1];
  if (previous) {
    const match = children.findIndex((child) => JSON.stringify(child.toJSON()) === JSON.stringify(previous));
    if (match >= 0) insertAt = match + 1;
  }
  children.splice(insertAt, 0, ...taken);
  return guideBlock.copy(Fragment.fromArray(children));
}

/**
 * 二次开发: while revising, the leader takes a block of a class copy, or one paragraph of it,
 * into the guide. The edit goes through a direct connection to the guide's living document
 * (into the update log, live in every open editor), and the harvest is recorded so the next
 * final's version note credits the copy's teacher.
 */
export async function blockHarvester({ app, guideId, actorId, body }: BlockHarvesterProps): Promise<string> {
  const { db } = app.database;
  await authorizeGuide(db, actorId, guideId, 'harvest');
  const copy = await findCopyLife(db, body.copyId);
  if (!copy || copy.guide_id !== guideId) {
    throw new ApiError(400, 'unknown_copy', '这份导学案没有这份复备', ['copyId']);
  }
  const copyContent = await readDocumentJson(app, copyDocName(copy.id));
  const blockIndex = copyContent?.content?.findIndex((node) => node.attrs?.id === body.blockId) ?? -1;
  if (!copyContent || blockIndex < 0) throw new ApiError(400, 'unknown_block', '复备中没有这个板块', ['blockId']);
  const copyBlock = copyContent.content![blockIndex];
  const paragraphIndex = body.paragraphIndex ?? null;
  if (paragraphIndex !== null && paragraphIndex >= (copyBlock.content?.length ?? 0)) {
    throw new ApiError(400, 'unknown_paragraph', '这个板块没有这一段', ['paragraphIndex']);
  }

  await editLiveDocument(app, guideDocName(guideId), { userId: actorId, reason: 'harvest' }, (current, schema) =>
    harvestInto(current, schema, copyContent, blockIndex, paragraphIndex),
  );

  const id = createId(12);
  await insertHarvest(db, {
    id,
    guide_id: guideId,
    copy_id: copy.id,
    block_id: body.blockId,
    block_title: typeof copyBlock.attrs?.title === 'string' ? copyBlock.attrs.title : '',
    paragraph_index: paragraphIndex,
    author_id: copy.owner_id,
    class_id: copy.class_id,
    harvested_by: actorId,
    created_at: new Date().toISOString(),
  });
  return id;
}

function harvestInto(
  current: ProseMirrorNode,
  schema: Schema,
  copyContent: JSONContent,
  blockIndex: number,
  paragraphIndex: number | null,
): ProseMirrorNode {
  const copyBlock = copyContent.content![blockIndex];
  if (paragraphIndex === null) {
    return placeBlock(current, copyContent, blockIndex, schema.nodeFromJSON(withoutTeacherNotes(copyBlock)));
  }
  const taken = takenChildren(copyBlock.content![paragraphIndex]).map((child) => schema.nodeFromJSON(child));
  const guideIndex = topLevelIndex(current, copyBlock.attrs!.id as string);
  if (guideIndex < 0) {
    // The block is the teacher's own: it comes along, holding just the paragraph taken.
    const block = schema.nodeFromJSON({ ...copyBlock, content: taken.map((node) => node.toJSON() as JSONContent) });
    return placeBlock(current, copyContent, blockIndex, block);
  }
  const blocks: ProseMirrorNode[] = [];
  current.forEach((node) => blocks.push(node));
  blocks[guideIndex] = placeParagraph(blocks[guideIndex], copyBlock, paragraphIndex, taken);
  return current.copy(Fragment.fromArray(blocks));
}
