import { Node, mergeAttributes } from '@tiptap/core';

export const defaultGroupRoles = ['组长', '记录员', '汇报员', '检查员'];

/**
 * How the groups of a 互学 (mutual learning) block are formed: group size and the
 * roles members take (组长 / 记录员 / 汇报员 / 检查员), rotated from lesson to lesson.
 */
export const GroupRoles = Node.create({
  name: 'groupRoles',
  group: 'groupRoles',
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      size: {
        default: 4,
        parseHTML: (element) => Number(element.getAttribute('data-size') ?? 4),
        renderHTML: (attributes) => ({ 'data-size': String(attributes.size) }),
      },
      roles: {
        default: defaultGroupRoles,
        parseHTML: (element) => (element.getAttribute('data-roles') ?? '').split('、').filter(Boolean),
        renderHTML: (attributes) => ({ 'data-roles': (attributes.roles as string[]).join('、') }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="group-roles"]' }];
  },

  renderHTML({ HTMLAttributes, node }) {
    const roles = (node.attrs.roles as string[]).join('、');
    return [
      'div',
      mergeAttributes({ 'data-type': 'group-roles', class: 'group-roles' }, HTMLAttributes),
      `${node.attrs.size}人一组：${roles}`,
    ];
  },
});
