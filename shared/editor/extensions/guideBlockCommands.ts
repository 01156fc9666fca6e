import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { defaultBlockTitles, teacherOnlyByDefault, type Audience, type BlockKind } from '../blockKinds.ts';
import { createId } from '../createId.ts';
import { defaultGroupRoles } from '../nodes/groupRoles.ts';

export interface InsertGuideBlockOptions {
  kind: BlockKind;
  title?: string;
  minutes?: number | null;
  audience?: Audience;
  /** Insert after the block with this id; at the end when missing. */
  afterId?: string | null;
}

export interface GuideBlockAttributes {
  title?: string;
  minutes?: number | null;
  audience?: Audience;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    guideBlocks: {
      /** Adds a block of the given kind (with its default label) after a block or at the end. */
      insertGuideBlock: (options: InsertGuideBlockOptions) => ReturnType;
      /** Moves a block one place up or down. */
      moveGuideBlock: (id: string, direction: 'up' | 'down') => ReturnType;
      /** Removes a block; the last remaining block cannot be removed. */
      removeGuideBlock: (id: string) => ReturnType;
      /** Changes a block's label, minutes or audience. */
      updateGuideBlock: (id: string, attributes: GuideBlockAttributes) => ReturnType;
    };
  }
}

interface TopLevelBlock {
  node: ProseMirrorNode;
  pos: number;
  index: number;
}

/** Finds a top-level block by its stable id. */
export function findGuideBlock(doc: ProseMirrorNode, id: string): TopLevelBlock | null {
  let found: TopLevelBlock | null = null;
  doc.forEach((node, offset, index) => {
    if (!found && node.attrs.id === id) found = { node, pos: offset, index };
  });
  return found;
}

export const GuideBlockCommands = Extension.create({
  name: 'guideBlockCommands',

  addCommands() {
    return {
      insertGuideBlock:
        (options) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.nodes[options.kind];
          if (!type) return false;
          const children: ProseMirrorNode[] = [];
          if (options.kind === 'mutualLearning') {
            children.push(state.schema.nodes.groupRoles.create({ size: 4, roles: defaultGroupRoles }));
          }
          children.push(state.schema.nodes.paragraph.create());
          const block = type.create(
            {
              id: createId(),
              title: options.title ?? defaultBlockTitles[options.kind],
              minutes: options.minutes ?? null,
              audience: options.audience ?? (teacherOnlyByDefault.has(options.kind) ? 'teacher' : 'all'),
            },
            children,
          );
          const after = options.afterId ? findGuideBlock(state.doc, options.afterId) : null;
          const insertAt = after ? after.pos + after.node.nodeSize : state.doc.content.size;
          if (dispatch) tr.insert(insertAt, block);
          return true;
        },

      moveGuideBlock:
        (id, direction) =>
        ({ state, tr, dispatch }) => {
          const block = findGuideBlock(state.doc, id);
          if (!block) return false;
          const neighbourIndex = direction === 'up' ? block.index - 1 : block.index + 1;
          if (neighbourIndex < 0 || neighbourIndex >= state.doc.childCount) return false;
          if (!dispatch) return true;
          const neighbour = state.doc.child(neighbourIndex);
          if (direction === 'up') {
            const start = block.pos - neighbour.nodeSize;
            tr.replaceWith(start, block.pos + block.node.nodeSize, [block.node, neighbour]);
          } else {
            const end = block.pos + block.node.nodeSize + neighbour.nodeSize;
            tr.replaceWith(block.pos, end, [neighbour, block.node]);
          }
          return true;
        },

      removeGuideBlock:
        (id) =>
        ({ state, tr, dispatch }) => {
          if (state.doc.childCount <= 1) return false;
          const block = findGuideBlock(state.doc, id);
          if (!block) return false;
          if (dispatch) tr.delete(block.pos, block.pos + block.node.nodeSize);
          return true;
        },

      updateGuideBlock:
        (id, attributes) =>
        ({ state, tr, dispatch }) => {
          const block = findGuideBlock(state.doc, id);
          if (!block) return false;
          if (dispatch) {
            for (const [key, value] of Object.entries(attributes)) {
              if (value !== undefined) tr.setNodeAttribute(block.pos, key, value);
            }
          }
          return true;
        },
    };
  },
});
