import { NodeView, type Editor, type NodeViewRenderer, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, DecorationSource } from '@tiptap/pm/view';
import { ReactRenderer } from '@tiptap/react';
import type { ComponentType } from 'react';
import i18next from '../../i18n/index.ts';
import { sameAttrs } from './sameAttrs.ts';

/** What a node's React controls get: the node, and how to change it. */
export interface ChromeProps {
  node: ProseMirrorNode;
  editor: Editor;
  getPos: () => number | undefined;
  updateAttributes: (attributes: Record<string, unknown>) => void;
}

/** One piece of a node's chrome: an element outside its content, not editable as text. */
export type ChromePart = {
  tag: string;
  className: string;
  /** Before the node's content or after it. */
  place: 'before' | 'after';
} & (
  | {
      /** React controls, rendered again only when the node's attributes change. */
      component: ComponentType<ChromeProps>;
    }
  | {
      /** A fixed label (an i18n key), in the interface's language. */
      label: string;
    }
);

export interface ChromeViewSpec {
  /** The node's element and its attributes from the node's (class, data-*). */
  tag: string;
  attributes: (node: ProseMirrorNode) => Record<string, string>;
  /** The element around the node's content (whose own element is ProseMirror's, never React's). */
  contentTag: string;
  contentClass: string;
  parts: ChromePart[];
}

/**
 * A node view whose content is ProseMirror's own element and whose controls (a block's label
 * bar, a question's tier and answer space) are React, each in its own element beside the
 * content. Typing in the content, here or by another teacher, renders no React: the controls
 * render again only when the node's attributes change. (Tiptap's React node view renders the
 * whole node on every change of its content and moves the content element into React's tree
 * once mounted, which lays the page out again for every block while a guide opens.)
 */
class ChromeNodeView extends NodeView<null> {
  private readonly wrapper: HTMLElement;
  private readonly content: HTMLElement;
  private readonly renderers: ReactRenderer<unknown, ChromeProps>[] = [];
  private readonly labels: { element: HTMLElement; key: string }[] = [];
  private applied: Record<string, string> = {};

  constructor(
    private readonly spec: ChromeViewSpec,
    props: NodeViewRendererProps,
  ) {
    super(null, props);
    this.wrapper = document.createElement(spec.tag);
    // The content's element sits in a body element of its own, as in Tiptap's React views
    // (styles and tests reach the paragraphs as `.guide-block-body > div > p`).
    const body = document.createElement(spec.contentTag);
    body.className = spec.contentClass;
    this.content = document.createElement('div');
    this.content.style.whiteSpace = 'inherit';
    body.append(this.content);
    this.applyAttributes();
    const chromeProps: ChromeProps = {
      node: this.node,
      editor: this.editor,
      getPos: () => this.getPos(),
      updateAttributes: (attributes) => this.updateAttributes(attributes),
    };
    const before: HTMLElement[] = [];
    const after: HTMLElement[] = [];
    for (const part of spec.parts) {
      let element: HTMLElement;
      if ('component' in part) {
        const renderer = new ReactRenderer<unknown, ChromeProps>(part.component, {
          editor: this.editor,
          props: chromeProps,
          as: part.tag,
          className: part.className,
        });
        this.renderers.push(renderer);
        element = renderer.element;
      } else {
        element = document.createElement(part.tag);
        element.className = part.className;
        element.textContent = i18next.t(part.label);
        this.labels.push({ element, key: part.label });
      }
      element.contentEditable = 'false';
      (part.place === 'before' ? before : after).push(element);
    }
    this.wrapper.append(...before, body, ...after);
    if (this.labels.length > 0) i18next.on('languageChanged', this.relabel);
  }

  private readonly relabel = () => {
    for (const { element, key } of this.labels) element.textContent = i18next.t(key);
  };

  private applyAttributes() {
    const next = this.spec.attributes(this.node);
    for (const name of Object.keys(this.applied)) if (!(name in next)) this.wrapper.removeAttribute(name);
    for (const [name, value] of Object.entries(next)) if (this.applied[name] !== value) this.wrapper.setAttribute(name, value);
    this.applied = next;
  }

  override get dom(): HTMLElement {
    return this.wrapper;
  }

  override get contentDOM(): HTMLElement {
    return this.content;
  }

  update(node: ProseMirrorNode, decorations: readonly Decoration[], innerDecorations: DecorationSource): boolean {
    if (node.type !== this.node.type) return false;
    const attributesChanged = !sameAttrs(node.attrs, this.node.attrs);
    this.node = node;
    this.decorations = decorations as typeof this.decorations;
    this.innerDecorations = innerDecorations;
    if (attributesChanged) {
      this.applyAttributes();
      for (const renderer of this.renderers) renderer.updateProps({ node });
    }
    return true;
  }

  destroy() {
    for (const renderer of this.renderers) renderer.destroy();
    if (this.labels.length > 0) i18next.off('languageChanged', this.relabel);
  }
}

/** A node view renderer for `spec` (see ChromeNodeView). */
export function chromeNodeView(spec: ChromeViewSpec): NodeViewRenderer {
  return (props) => new ChromeNodeView(spec, props);
}
