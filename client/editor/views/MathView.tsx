import { useState } from 'react';
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useEditorReadOnly } from '../EditorAccessContext.ts';
import { Formula } from '../math/Formula.tsx';
import { FormulaEditorDialog } from '../math/FormulaEditorDialog.tsx';

/**
 * A formula in the editor (inlineMath or blockMath), rendered by KaTeX; invalid LaTeX shows
 * its source in red. A click (or Enter on it) opens the formula editor, when the teacher may edit.
 */
export function MathView({ node, updateAttributes, deleteNode, editor, selected, getPos }: NodeViewProps) {
  const { t } = useTranslation();
  const readOnly = useEditorReadOnly();
  const [editing, setEditing] = useState(false);
  const display = node.type.name === 'blockMath';
  const latex = String(node.attrs.latex ?? '');
  const canEdit = !readOnly && editor.isEditable;

  return (
    <NodeViewWrapper
      as={display ? 'div' : 'span'}
      className={['math-node', display ? 'is-display' : 'is-inline', selected ? 'is-selected' : ''].filter(Boolean).join(' ')}
      data-type={display ? 'block-math' : 'inline-math'}
      data-latex={latex}
      title={canEdit ? t('content.formula.clickToEdit') : latex}
      onClick={canEdit ? () => setEditing(true) : undefined}
    >
      {latex ? <Formula latex={latex} display={display} /> : <span className="math-empty">{t('content.formula.empty')}</span>}
      <FormulaEditorDialog
        open={editing}
        editing
        initialLatex={latex}
        initialDisplay={display}
        onSubmit={({ latex: next }) => {
          setEditing(false);
          updateAttributes({ latex: next });
          // Back to writing, right after the formula.
          const position = getPos();
          if (typeof position !== 'number') return;
          if (display) editor.chain().focus().setNodeSelection(position).run();
          else editor.chain().focus().setTextSelection(position + node.nodeSize).run();
        }}
        onRemove={() => {
          setEditing(false);
          deleteNode();
        }}
        onClose={() => setEditing(false)}
      />
    </NodeViewWrapper>
  );
}
