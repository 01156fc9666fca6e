import type { NodeViewRenderer, NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import i18next from '../../i18n/index.ts';
import { AtomDialogView } from './atomDialogView.ts';
import { loadedKatex, loadKatex } from '../math/katexLoader.ts';
import { formulaHtml } from '../math/formulaHtml.ts';
import { FormulaEditorDialog, type FormulaEditorResult } from '../math/FormulaEditorDialog.tsx';

interface FormulaDialogProps {
  latex: string;
  display: boolean;
  onSubmit: (result: FormulaEditorResult) => void;
  onRemove: () => void;
  onClose: () => void;
}

function FormulaDialog({ latex, display, onSubmit, onRemove, onClose }: FormulaDialogProps) {
  return (
    <FormulaEditorDialog
      open
      editing
      initialLatex={latex}
      initialDisplay={display}
      onSubmit={onSubmit}
      onRemove={onRemove}
      onClose={onClose}
    />
  );
}

/**
 * A formula in the editor (inlineMath or blockMath), rendered by KaTeX; invalid LaTeX shows
 * its source in red. A click opens the formula editor, when the teacher may edit. Plain DOM:
 * a guide holds hundreds of formulas, and typing beside one never draws it again.
 */
class MathNodeView extends AtomDialogView<FormulaDialogProps> {
  protected readonly dialogComponent = FormulaDialog;
  private readonly display: boolean;

  constructor(props: NodeViewRendererProps) {
    super(props, props.node.type.name === 'blockMath' ? 'div' : 'span');
    this.display = this.node.type.name === 'blockMath';
    this.element.dataset.type = this.display ? 'block-math' : 'inline-math';
    this.element.className = this.display ? 'math-node is-display' : 'math-node is-inline';
    this.draw();
  }

  private latex(): string {
    return String(this.node.attrs.latex ?? '');
  }

  protected title(): string {
    return this.editor.isEditable ? i18next.t('content.formula.clickToEdit') : this.latex();
  }

  protected changed(next: ProseMirrorNode): boolean {
    return next.attrs.latex !== this.node.attrs.latex;
  }

  protected draw() {
    const latex = this.latex();
    this.element.dataset.latex = latex;
    if (latex === '') {
      const empty = document.createElement('span');
      empty.className = 'math-empty';
      empty.textContent = i18next.t('content.formula.empty');
      this.element.replaceChildren(empty);
      return;
    }
    this.element.innerHTML = formulaHtml(latex, this.display);
    // Until KaTeX is here the formula shows its source, greyed; then it is drawn again.
    if (!loadedKatex()) {
      void loadKatex().then(() => {
        if (!this.destroyed && this.latex() === latex) this.element.innerHTML = formulaHtml(latex, this.display);
      });
    }
  }

  protected dialogProps(close: () => void): FormulaDialogProps {
    return {
      latex: this.latex(),
      display: this.display,
      onSubmit: ({ latex }: FormulaEditorResult) => {
        close();
        this.updateAttributes({ latex });
        // Back to writing, right after the formula.
        const position = this.getPos();
        if (typeof position !== 'number') return;
        if (this.display) this.editor.chain().focus().setNodeSelection(position).run();
        else this.editor.chain().focus().setTextSelection(position + this.node.nodeSize).run();
      },
      onRemove: () => {
        close();
        this.deleteNode();
      },
      onClose: close,
    };
  }
}

export const mathView: NodeViewRenderer = (props) => new MathNodeView(props);
