import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { insertFigures, pictureFiles } from './insertFigures.ts';

/**
 * Pictures pasted (a screenshot, a figure copied from Word as a picture) or dropped onto the
 * page are uploaded and become figures where they land. Pasted HTML that refers to one of
 * this server's files is handled by the schema (the image node's parse rule).
 */
export const FigureFiles = Extension.create({
  name: 'figureFiles',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('figureFiles'),
        props: {
          handlePaste: (view, event) => {
            if (!view.editable) return false;
            const files = pictureFiles(event.clipboardData?.files);
            // Word puts a picture of the copied text beside the HTML: the HTML wins then.
            if (files.length === 0 || event.clipboardData?.getData('text/html')) return false;
            void insertFigures(editor, files);
            return true;
          },
          handleDrop: (view, event) => {
            if (!view.editable) return false;
            const files = pictureFiles(event.dataTransfer?.files);
            if (files.length === 0) return false;
            const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            void insertFigures(editor, files, position);
            return true;
          },
        },
      }),
    ];
  },
});
