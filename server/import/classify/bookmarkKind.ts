import { isBlockKind, type BlockKind } from '../../../shared/editor/blockKinds.ts';
import { exportBookmarkPrefix } from '../../export/docxConventions.ts';
import type { SourceParagraph } from '../sourceElements.ts';

/** The block kind our own export wrote into a bookmark at a block's heading (dxa_selfStudy_3). */
export function bookmarkKind(paragraph: SourceParagraph): BlockKind | null {
  for (const name of paragraph.bookmarks) {
    if (!name.startsWith(exportBookmarkPrefix)) continue;
    const kind = name.slice(exportBookmarkPrefix.length).split('_')[0];
    if (isBlockKind(kind)) return kind;
  }
  return null;
}
