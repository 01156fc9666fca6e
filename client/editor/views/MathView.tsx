import type { NodeViewRenderer, NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import i18next from '../../i18n/index.ts';
import { AtomDialogView } from './atomDialogView.ts';
import { loadedKatex, loadKatex, prefetchKatex } from '../math/katexLoader.ts';
import { formulaNodes } from '../math/formulaHtml.ts';
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

// The editor's code is here, the guide is not yet: KaTeX comes while the page waits for it.
prefetchKatex();

/**
 * Formulas drawn before KaTeX arrived (showing their source), drawn again all together once it
 * is here: one pass over the guide's formulas instead of a callback per formula.
 */
const waitingForKatex = new Set<MathNodeView>();

function drawWhenKatexArrives(view: MathNodeView) {
  if (waitingForKatex.size === 0) {
    void loadKatex().then(
      () => {
        const views = [...waitingForKatex];
        waitingForKatex.clear();
        for (const waiting of views) waiting.redraw();
      },
      // KaTeX could not be fetched: the formulas keep their source, and the next one drawn asks again.
      () => waitingForKatex.clear(),
    );
  }
  waitingForKatex.add(view);
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
    this.element.replaceChildren(formulaNodes(latex, this.display));
    // Until KaTeX is here the formula shows its source, greyed; then it is drawn again.
    if (!loadedKatex()) drawWhenKatexArrives(this);
  }

  /** Draws the formula again, now that KaTeX is here. */
  redraw() {
    if (!this.destroyed) this.draw();
  }

  override destroy() {
    waitingForKatex.delete(this);
    super.destroy();
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
