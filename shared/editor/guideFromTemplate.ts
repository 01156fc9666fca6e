import type { JSONContent } from '@tiptap/core';
import type { Template } from '../schemas/template.ts';
import { createId } from './createId.ts';
import { defaultGroupRoles } from './nodes/groupRoles.ts';

/** Gives every block and question in starter content a fresh id, so two guides never share one. */
function withFreshIds(node: JSONContent): JSONContent {
  const copy: JSONContent = { ...node };
  if (node.type === 'question') copy.attrs = { ...node.attrs, id: createId() };
  if (node.content) copy.content = node.content.map(withFreshIds);
  return copy;
}

/**
 * The first content of a new guide: the template's blocks, each with a fresh stable id,
 * its label, minutes, audience and hint, and the template's starter content (or one
 * empty paragraph). A 互学 block always starts with its group roles.
 */
export function guideFromTemplate(template: Template): JSONContent {
  return {
    type: 'doc',
    content: template.blocks.map((block) => {
      const content: JSONContent[] = (block.content as JSONContent[] | undefined)?.map(withFreshIds) ?? [];
      if (block.kind === 'mutualLearning' && !content.some((node) => node.type === 'groupRoles')) {
        content.unshift({ type: 'groupRoles', attrs: { size: 4, roles: defaultGroupRoles } });
      }
      if (!content.some((node) => node.type !== 'groupRoles')) content.push({ type: 'paragraph' });
      return {
        type: block.kind,
        attrs: {
          id: createId(),
          title: block.title,
          minutes: block.minutes,
          audience: block.audience,
          hint: block.hint,
        },
        content,
      };
    }),
  };
}
