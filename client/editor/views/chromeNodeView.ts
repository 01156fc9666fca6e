import { NodeView, type Editor, type NodeViewRenderer, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, DecorationSource, EditorView } from '@tiptap/pm/view';
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
  | {
      /**
       * Plain-DOM controls in `element`, drawn by `render` at once and again whenever the node's
       * attributes change, the editor turns editable or read-only, or the language changes. A
       * guide has hundreds of questions: React controls, each in a portal of its own, made it
       * slow to open.
       */
      control: (element: HTMLElement, props: ChromeProps) => ChromeControl;
    }
);

export interface ChromeControl {
  render(node: ProseMirrorNode, readOnly: boolean): void;
  destroy?(): void;
}

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
 * Calls `listener` when the editor turns editable or read-only. The editor's view says so on its
 * element (contenteditable), however the flag was changed (setEditable or new options); one
 * observer per editor serves all its node views.
 */
const editableListeners = new WeakMap<HTMLElement, Set<() => void>>();

function watchEditable(view: EditorView, listener: () => void): () => void {
  let listeners = editableListeners.get(view.dom);
  if (!listeners) {
    const all = new Set<() => void>();
    listeners = all;
    editableListeners.set(view.dom, all);
    let editable = view.editable;
    new MutationObserver(() => {
      if (view.editable === editable) return;
      editable = view.editable;
      for (const each of [...all]) each();
    }).observe(view.dom, { attributes: true, attributeFilter: ['contenteditable'] });
  }
  listeners.add(listener);
  const registered = listeners;
  return () => registered.delete(listener);
}

/**
 * The fixed labels in the interface's language, each worked out once: a 30-page guide has over a
 * hundred answers, each labelled, and i18next's lookup is slow enough to show when they are all
 * created at once. Forgotten when the language changes or messages arrive.
 */
const fixedLabels = new Map<string, string>();
let forgetsLabels = false;

function fixedLabel(key: string): string {
  if (!forgetsLabels) {
    forgetsLabels = true;
    const forget = () => fixedLabels.clear();
    i18next.on('languageChanged', forget);
    i18next.store.on('added', forget);
  }
  let label = fixedLabels.get(key);
  if (label === undefined) {
    label = i18next.t(key);
    fixedLabels.set(key, label);
  }
  return label;
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
  private readonly controls: ChromeControl[] = [];
  private stopWatchingEditable: (() => void) | null = null;
  private pendingFrame: number | null = null;
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
    this.wrapper.append(body);
    // Tiptap draws the whole document once when the editor is created and again with fresh node
    // views once the page's EditorContent is in place (its React controls need it): the first
    // views are thrown away unseen. They get their controls only if they are still there at the
    // next frame, so a guide's hundreds of blocks and questions do not build them twice.
    const editor = this.editor as { contentComponent?: unknown; isEditorContentInitialized?: boolean };
    if (editor.contentComponent || editor.isEditorContentInitialized) this.addChrome();
    else {
      this.pendingFrame = requestAnimationFrame(() => {
        this.pendingFrame = null;
        this.addChrome();
      });
    }
  }

  /** The node's controls and labels around its content. */
  private addChrome() {
    const body = this.wrapper.firstElementChild!;
    const chromeProps: ChromeProps = {
      node: this.node,
      editor: this.editor,
      getPos: () => this.getPos(),
      updateAttributes: (attributes) => this.updateAttributes(attributes),
    };
    const before: HTMLElement[] = [];
    const after: HTMLElement[] = [];
    for (const part of this.spec.parts) {
      let element: HTMLElement;
      if ('control' in part) {
        element = document.createElement(part.tag);
        element.className = part.className;
        const control = part.control(element, chromeProps);
        control.render(this.node, this.readOnly);
        this.controls.push(control);
      } else if ('component' in part) {
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
        element.textContent = fixedLabel(part.label);
        this.labels.push({ element, key: part.label });
      }
      element.contentEditable = 'false';
      (part.place === 'before' ? before : after).push(element);
    }
    body.before(...before);
    body.after(...after);
    if (this.labels.length > 0 || this.controls.length > 0) i18next.on('languageChanged', this.relabel);
    if (this.controls.length > 0) this.stopWatchingEditable = watchEditable(this.view, this.renderControls);
  }

  private readonly relabel = () => {
    for (const { element, key } of this.labels) element.textContent = fixedLabel(key);
    this.renderControls();
  };

  /**
   * Whether the teacher may not change the document: the editor's option (what the page set)
   * and the view's flag, which follows the option once Tiptap's plugins are in place.
   */
  private get readOnly(): boolean {
    return !this.editor.options.editable || !this.view.editable;
  }

  private readonly renderControls = () => {
    for (const control of this.controls) control.render(this.node, this.readOnly);
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
      this.renderControls();
    }
    return true;
  }

  destroy() {
    if (this.pendingFrame !== null) cancelAnimationFrame(this.pendingFrame);
    for (const renderer of this.renderers) renderer.destroy();
    for (const control of this.controls) control.destroy?.();
    this.stopWatchingEditable?.();
    if (this.labels.length > 0 || this.controls.length > 0) i18next.off('languageChanged', this.relabel);
  }
}

/** A node view renderer for `spec` (see ChromeNodeView). */
export function chromeNodeView(spec: ChromeViewSpec): NodeViewRenderer {
  return (props) => new ChromeNodeView(spec, props);
}
