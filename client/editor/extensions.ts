import { mergeAttributes, type AnyExtension, type Extensions, type Mark, type NodeViewRenderer, type NodeViewRendererProps } from '@tiptap/core';
import type { NodeView } from '@tiptap/pm/view';
import { ReactNodeViewRenderer } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { guideExtensions } from '../../shared/editor/presets.ts';
import { isBlockKind } from '../../shared/editor/blockKinds.ts';
import { contentFragmentName } from '../../shared/editor/schema.ts';
import { guideBlockView } from './views/GuideBlockView.tsx';
import { questionView } from './views/questionView.ts';
import { answerView } from './views/AnswerView.tsx';
import { GroupRolesView } from './views/GroupRolesView.tsx';
import { mathView } from './views/MathView.tsx';
import { blankView } from './views/BlankView.tsx';
import { FigureFiles } from './figures/FigureFiles.ts';
import { captionedFigure } from './figures/captionedFigure.ts';
import './content.css';
import { BlockHint } from './blockHint.ts';
import { EditingComforts } from './editingComforts.ts';
import { renderCaret } from './renderCaret.ts';
import { colorForUser } from './collab/colorForUser.ts';
import { SuggestionTooltips } from './suggestionTooltips.ts';
import { NodeSuggestionDecorations } from './nodeSuggestionDecorations.ts';
import type { CollabUser } from './collab/collabUser.ts';
import { BlockOriginLine } from '../features/blockReuse/blockOriginDecorations.ts';

interface ClientExtensionOptions {
  document: Y.Doc;
  provider: HocuspocusProvider;
  user: CollabUser;
}

/** Attaches a React view to a shared node without changing its schema. */
function withView(extension: AnyExtension): AnyExtension {
  if (isBlockKind(extension.name)) {
    return extension.extend({ addNodeView: () => guideBlockView });
  }
  if (extension.name === 'question') {
    return extension.extend({ addNodeView: () => questionView });
  }
  if (extension.name === 'answer') {
    return extension.extend({ addNodeView: () => answerView });
  }
  if (extension.name === 'groupRoles') {
    return extension.extend({ addNodeView: () => ReactNodeViewRenderer(GroupRolesView) });
  }
  if (extension.name === 'inlineMath') {
    // Our KaTeX view (errors in red, the formula editor on click) instead of the package's own.
    return extension.extend({ addNodeView: () => mathView });
  }
  if (extension.name === 'blockMath') {
    return extension.extend({ addNodeView: () => mathView });
  }
  if (extension.name === 'blank') {
    return extension.extend({ addNodeView: () => blankView });
  }
  if (extension.name === 'image') {
    // Figures are resized by dragging a corner (the width is kept, the height follows) and
    // carry their 图注 underneath.
    return extension.configure({ resize: { enabled: true, alwaysPreserveAspectRatio: true, minWidth: 40, minHeight: 20 } }).extend({
      addNodeView() {
        const resizable = (this as { parent?: () => NodeViewRenderer | null }).parent?.();
        if (!resizable) return null;
        return (props: NodeViewRendererProps) => captionedFigure(resizable(props) as NodeView, props);
      },
    });
  }
  if (extension.name === 'suggestInsert' || extension.name === 'suggestDelete') {
    // Each teacher's suggestions in their own colour (the same as their caret).
    const tag = extension.name === 'suggestInsert' ? 'ins' : 'del';
    const kind = extension.name === 'suggestInsert' ? 'insert' : 'delete';
    return (extension as Mark).extend({
      renderHTML({ mark, HTMLAttributes }) {
        const author = typeof mark.attrs.author === 'string' ? mark.attrs.author : '';
        return [
          tag,
          mergeAttributes(
            { 'data-suggestion': kind, class: `suggest-${kind}`, style: `--suggest-color: ${colorForUser(author)}` },
            HTMLAttributes,
          ),
          0,
        ];
      },
    });
  }
  return extension;
}

/**
 * The browser's editor: THE shared extension list (schema unchanged, React views attached),
 * plus collaboration on the provider's Y.Doc, other teachers' carets with their names, and
 * the template's hints in empty blocks.
 */
export function clientExtensions({ document, provider, user }: ClientExtensionOptions): Extensions {
  return [
    ...guideExtensions.map(withView),
    Collaboration.configure({ document, field: contentFragmentName }),
    CollaborationCaret.configure({ provider, user, render: renderCaret }),
    BlockHint,
    EditingComforts,
    SuggestionTooltips,
    NodeSuggestionDecorations,
    FigureFiles,
    BlockOriginLine,
  ];
}

/**
 * A saved version, read-only and not collaborative: the same shared extension list and node
 * views as the live editor, without the Y.Doc.
 */
export function readOnlyExtensions(): Extensions {
  return [...guideExtensions.map(withView), BlockHint, SuggestionTooltips, NodeSuggestionDecorations, BlockOriginLine];
}
