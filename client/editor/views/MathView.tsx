import { NodeView, type NodeViewRenderer, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ReactRenderer } from '@tiptap/react';
import i18next from '../../i18n/index.ts';
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
class MathNodeView extends NodeView<null> {
  private readonly element: HTMLElement;
  private readonly display: boolean;
  private destroyed = false;
  private dialog: ReactRenderer<unknown, FormulaDialogProps> | null = null;

  constructor(props: NodeViewRendererProps) {
    super(null, props);
    this.display = this.node.type.name === 'blockMath';
    this.element = document.createElement(this.display ? 'div' : 'span');
    this.element.dataset.type = this.display ? 'block-math' : 'inline-math';
    this.element.className = this.display ? 'math-node is-display' : 'math-node is-inline';
    this.element.addEventListener('click', () => {
      if (this.editor.isEditable) this.openDialog();
    });
    // The title says what a click does now (the teacher's access can change while the guide is open).
    this.element.addEventListener('mouseenter', () => {
      this.element.title = this.editor.isEditable ? i18next.t('content.formula.clickToEdit') : this.latex();
    });
    this.draw();
  }

  private latex(): string {
    return String(this.node.attrs.latex ?? '');
  }

  private draw() {
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

  private openDialog() {
    if (this.dialog) return;
    const close = () => {
      this.dialog?.destroy();
      this.dialog = null;
    };
    this.dialog = new ReactRenderer<unknown, FormulaDialogProps>(FormulaDialog, {
      editor: this.editor,
      props: {
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
      },
    });
  }

  override get dom(): HTMLElement {
    return this.element;
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    const changed = node.attrs.latex !== this.node.attrs.latex;
    this.node = node;
    if (changed) this.draw();
    return true;
  }

  selectNode() {
    this.element.classList.add('is-selected', 'ProseMirror-selectednode');
  }

  deselectNode() {
    this.element.classList.remove('is-selected', 'ProseMirror-selectednode');
  }

  destroy() {
    this.destroyed = true;
    this.dialog?.destroy();
    this.dialog = null;
  }
}

export const mathView: NodeViewRenderer = (props) => new MathNodeView(props);
