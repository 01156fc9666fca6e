import type { ComponentType } from 'react';
import { NodeView, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ReactRenderer } from '@tiptap/react';

/** What every atom's dialog is given besides its own fields: how to close it. */
export interface AtomDialogProps {
  onClose: () => void;
}

/**
 * An atom drawn as plain DOM (a formula, a blank): typing beside it never draws it again, it is
 * drawn anew only when its attributes change, and a click opens its dialog (mounted then, not
 * with every atom of the guide) when the teacher may edit. The element's title says what a
 * click does now: the teacher's access can change while the guide is open.
 */
export abstract class AtomDialogView<Props extends AtomDialogProps> extends NodeView<null> {
  protected readonly element: HTMLElement;
  protected destroyed = false;
  private dialog: ReactRenderer<unknown, Props> | null = null;

  constructor(props: NodeViewRendererProps, tag: 'span' | 'div') {
    super(null, props);
    this.element = document.createElement(tag);
    this.element.addEventListener('click', () => {
      if (this.editor.isEditable) this.openDialog();
    });
    this.element.addEventListener('mouseenter', () => {
      this.element.title = this.title();
    });
  }

  /** Draws the atom from its attributes (subclasses call it once at the end of their constructor). */
  protected abstract draw(): void;

  /** Whether a change from the node shown to `next` must be drawn. */
  protected abstract changed(next: ProseMirrorNode): boolean;

  /** The element's title: what a click does, or what the atom holds when it is read-only. */
  protected abstract title(): string;

  protected abstract readonly dialogComponent: ComponentType<Props>;

  /** The dialog's props; `close` closes it (call it before changing the document). */
  protected abstract dialogProps(close: () => void): Props;

  private openDialog() {
    if (this.dialog) return;
    const close = () => {
      this.dialog?.destroy();
      this.dialog = null;
    };
    this.dialog = new ReactRenderer<unknown, Props>(this.dialogComponent, { editor: this.editor, props: this.dialogProps(close) });
  }

  override get dom(): HTMLElement {
    return this.element;
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    const changed = this.changed(node);
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
