import { Extension } from '@tiptap/core';
import {
  nodeSuggestionAttribute,
  nodeSuggestionAttributeSpec,
  suggestableNodeTypes,
} from '../../suggestions/nodeSuggestions.ts';

/**
 * The `suggestion` attribute of blocks, questions, formulas, figures and the other node types
 * a member can suggest adding, removing, moving or changing (see shared/suggestions/nodeSuggestions.ts).
 */
export const NodeSuggestionAttribute = Extension.create({
  name: 'nodeSuggestionAttribute',

  addGlobalAttributes() {
    return [
      {
        types: [...suggestableNodeTypes],
        attributes: { [nodeSuggestionAttribute]: nodeSuggestionAttributeSpec() },
      },
    ];
  },
});
