import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { GuideDocument } from './nodes/guideDocument.ts';
import { guideBlockNodes } from './nodes/blocks.ts';
import { Question } from './nodes/question.ts';
import { Answer } from './nodes/answer.ts';
import { GroupRoles } from './nodes/groupRoles.ts';
import { TeacherNote } from './nodes/teacherNote.ts';
import { Blank } from './nodes/blank.ts';
import { Ruby } from './nodes/ruby.ts';
import { Figure } from './nodes/figure.ts';
import { BlockMath, InlineMath } from './nodes/math.ts';
import { EmphasisDots } from './marks/emphasisDots.ts';
import { GuideSubscript, GuideSuperscript } from './marks/scripts.ts';
import { SuggestInsert } from './marks/suggestInsert.ts';
import { SuggestDelete } from './marks/suggestDelete.ts';
import { BlockIds } from './extensions/blockIds.ts';
import { GuideBlockCommands } from './extensions/guideBlockCommands.ts';
import { SuggestionMode } from './extensions/suggestionMode.ts';
import { NodeSuggestionAttribute } from './extensions/nodeSuggestionAttribute.ts';
import { BlockOrigin } from './extensions/blockOrigin.ts';

/**
 * THE extension list of a guide. The client (which attaches React views and the
 * collaboration extensions), the server (headless schema for JSON <-> Y.Doc) and the
 * tests all build from this one list, so the schema cannot drift between them.
 */
export const guideExtensions: Extensions = [
  GuideDocument,
  StarterKit.configure({
    document: false,
    // Collaboration brings its own undo manager, scoped to the user's own changes.
    undoRedo: false,
    // The document holds only guide blocks; a trailing paragraph would not fit there.
    trailingNode: false,
    codeBlock: false,
    code: false,
    link: { openOnClick: false },
    heading: { levels: [3, 4] },
  }),
  TableKit.configure({ table: { resizable: false } }),
  // Formulas (attr `latex`): Tiptap's schema without its KaTeX view (nodes/math.ts); the client
  // attaches its own view (client/editor/extensions.ts); the server only reads the schema.
  InlineMath,
  BlockMath,
  Figure,
  Blank,
  Ruby,
  GuideSuperscript,
  GuideSubscript,
  EmphasisDots,
  ...guideBlockNodes,
  Question,
  Answer,
  GroupRoles,
  TeacherNote,
  SuggestInsert,
  SuggestDelete,
  BlockIds,
  GuideBlockCommands,
  SuggestionMode,
  NodeSuggestionAttribute,
  // 来源 of a block copied from another guide.
  BlockOrigin,
];
