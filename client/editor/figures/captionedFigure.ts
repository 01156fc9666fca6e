import type { Editor, NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { captionLine, captionMaxLength } from '../../../shared/editor/nodes/figure.ts';
import { suggestionModeKey } from '../../../shared/editor/extensions/suggestionMode.ts';
import i18next from '../../i18n/index.ts';

/** Whether the caption may be typed in: the editor is editable and not in 建议模式 (a caption is not suggested). */
function captionEditable(editor: Editor): boolean {
  return editor.isEditable && !suggestionModeKey.getState(editor.state)?.enabled;
}

/**
 * Puts a figure's view (Tiptap's resizable image) in a <figure> with its 图注 under it: a
 * one-line field that writes the node's `caption` when the teacher leaves it or presses Enter,
 * as one change everyone sees. An empty caption shows only while the figure is selected.
 */
export function captionedFigure(view: NodeView, { node, editor, getPos }: NodeViewRendererProps): NodeView {
  let current: ProseMirrorNode = node;
  const figure = document.createElement('figure');
  figure.className = 'editor-figure';
  figure.append(view.dom);
  // A picture is decoded off the page's thread: opening a guide with dozens of figures does not
  // wait on their decoding.
  const picture = view.dom instanceof HTMLImageElement ? view.dom : view.dom.querySelector('img');
  if (picture) picture.decoding = 'async';
  const caption = document.createElement('figcaption');
  caption.className = 'editor-figure-caption';
  caption.contentEditable = 'false';
  const field = document.createElement('input');
  field.type = 'text';
  field.maxLength = captionMaxLength;
  field.className = 'editor-figure-caption-field';
  field.setAttribute('aria-label', i18next.t('content.figure.caption'));
  caption.append(field);
  figure.append(caption);

  const show = () => {
    const text = typeof current.attrs.caption === 'string' ? current.attrs.caption : '';
    if (document.activeElement !== field) field.value = text;
    field.placeholder = i18next.t('content.figure.captionPlaceholder');
    field.readOnly = !captionEditable(editor);
    figure.classList.toggle('has-caption', text !== '');
  };
  const commit = () => {
    const next = captionLine(field.value);
    const position = typeof getPos === 'function' ? getPos() : undefined;
    if (position === undefined || !captionEditable(editor) || next === (current.attrs.caption ?? null)) return;
    editor.view.dispatch(editor.state.tr.setNodeAttribute(position, 'caption', next));
  };
  field.addEventListener('change', commit);
  field.addEventListener('blur', commit);
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
      editor.commands.focus();
    }
    if (event.key === 'Escape') {
      field.value = typeof current.attrs.caption === 'string' ? current.attrs.caption : '';
      editor.commands.focus();
    }
  });
  show();

  return {
    dom: figure,
    update(next, decorations, innerDecorations) {
      if (next.type !== current.type) return false;
      const kept = view.update ? view.update(next, decorations, innerDecorations) : true;
      if (!kept) return false;
      current = next;
      show();
      return true;
    },
    selectNode() {
      view.selectNode?.();
      figure.classList.add('is-selected', 'ProseMirror-selectednode');
      show();
    },
    deselectNode() {
      view.deselectNode?.();
      figure.classList.remove('is-selected', 'ProseMirror-selectednode');
    },
    // The field handles its own keys and clicks; the editor leaves them alone.
    stopEvent(event) {
      if (caption.contains(event.target as globalThis.Node)) return true;
      return view.stopEvent?.(event) ?? false;
    },
    // A figure is a leaf: what changes inside it (the picture's view shows itself once the
    // picture has loaded, a resize sets its size) is the view's own, never a change to the
    // document, so only selection changes are read. Not ignoring them made the editor read
    // the DOM around every figure again as its picture arrived.
    ignoreMutation(mutation) {
      if (caption.contains(mutation.target)) return true;
      return view.ignoreMutation?.(mutation) ?? mutation.type !== 'selection';
    },
    destroy() {
      view.destroy?.();
    },
  };
}
