import { Node } from '@tiptap/core';

/** The top node: a guide is a sequence of structured blocks and nothing else. */
export const GuideDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'guideBlock+',
});
