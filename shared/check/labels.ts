import { defaultBlockTitles, type BlockKind } from '../editor/blockKinds.ts';

/** How a block kind is named in a message when the guide has no block of that kind to quote. */
export function blockKindLabel(kind: BlockKind): string {
  return defaultBlockTitles[kind];
}
