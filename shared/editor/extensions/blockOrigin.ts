import { Extension } from '@tiptap/core';
import { blockKinds } from '../blockKinds.ts';
import { blockOriginOf } from '../../schemas/blockOrigin.ts';

/** The attribute of a guide block that credits where it was copied from (see shared/schemas/blockOrigin.ts). */
export const blockOriginAttribute = 'origin';

/**
 * `origin` on every guide block: null for a block written here, the credit (来源) for a block
 * copied from another guide's saved version. Kept in the HTML as JSON, so a block copied and
 * pasted between editors keeps its credit; anything that is not a credit reads as none.
 */
export const BlockOrigin = Extension.create({
  name: 'blockOrigin',

  addGlobalAttributes() {
    return [
      {
        types: [...blockKinds],
        attributes: {
          [blockOriginAttribute]: {
            default: null,
            parseHTML: (element: ParsedHtmlElement) => {
              const text = element.getAttribute('data-origin');
              if (!text) return null;
              try {
                return blockOriginOf(JSON.parse(text));
              } catch {
                return null;
              }
            },
            renderHTML: (attributes: Record<string, unknown>) => {
              const origin = blockOriginOf(attributes[blockOriginAttribute]);
              return origin ? { 'data-origin': JSON.stringify(origin) } : {};
            },
          },
        },
      },
    ];
  },
});
