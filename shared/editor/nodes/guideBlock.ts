import { Node, mergeAttributes } from '@tiptap/core';
import type { BlockKind } from '../blockKinds.ts';
import { idAttribute } from './idAttribute.ts';

/**
 * A structured block of the guide (学习目标, 自主学习, 合作探究 ...). One node type per
 * kind, all sharing the attributes the contract names: a stable `id`, the `title`
 * shown as its label, its `minutes` and its `audience`. `hint` is the template's
 * short note on what belongs in the block, shown while the block is empty.
 */
export function createGuideBlock(kind: BlockKind) {
  return Node.create({
    name: kind,
    group: 'guideBlock',
    content: kind === 'mutualLearning' ? '(block | groupRoles)+' : 'block+',
    defining: true,
    isolating: true,

    addAttributes() {
      return {
        id: idAttribute(),
        title: {
          default: '',
          parseHTML: (element) => element.getAttribute('data-title') ?? '',
          renderHTML: (attributes) => ({ 'data-title': attributes.title }),
        },
        minutes: {
          default: null,
          parseHTML: (element) => {
            const value = element.getAttribute('data-minutes');
            return value === null || value === '' ? null : Number(value);
          },
          renderHTML: (attributes) =>
            attributes.minutes === null ? {} : { 'data-minutes': String(attributes.minutes) },
        },
        audience: {
          default: 'all',
          parseHTML: (element) => (element.getAttribute('data-audience') === 'teacher' ? 'teacher' : 'all'),
          renderHTML: (attributes) => ({ 'data-audience': attributes.audience }),
        },
        hint: {
          default: null,
          parseHTML: (element) => element.getAttribute('data-hint'),
          renderHTML: (attributes) => (attributes.hint ? { 'data-hint': attributes.hint } : {}),
        },
      };
    },

    parseHTML() {
      return [{ tag: `section[data-block="${kind}"]` }];
    },

    renderHTML({ HTMLAttributes }) {
      return ['section', mergeAttributes({ 'data-block': kind, class: 'guide-block' }, HTMLAttributes), 0];
    },
  });
}
