import type { JSONContent } from '@tiptap/core';
import { edition } from '../edition/edition.ts';
import { guideBlocks, nodeText } from './guideText.ts';
import type { RawFinding } from './types.ts';

/** Where students write what they did not understand or what they learnt. */
const spaceWords = /我的疑惑|疑惑|疑问|困惑|反思|我还存在的问题|我还需要|我的收获|收获与|问题记录/;

/** space.doubts: the 学生版 leaves no room for 我的疑惑 or 反思. */
export function spaceDoubts(doc: JSONContent): RawFinding[] {
  const blocks = guideBlocks(edition(doc, 'student'));
  const hasSpace = blocks.some((block) => block.kind === 'reflection' || spaceWords.test(`${block.title}\n${nodeText(block.node)}`));
  if (hasSpace) return [];
  const selfStudy = blocks.find((block) => block.kind === 'selfStudy');
  return [{ rule: 'space.doubts', blockId: selfStudy?.id ?? null, params: {} }];
}
