import { blockKinds } from '../blockKinds.ts';
import { createGuideBlock } from './guideBlock.ts';

/** The thirteen block node types, in the order of `blockKinds`. */
export const guideBlockNodes = blockKinds.map((kind) => createGuideBlock(kind));
