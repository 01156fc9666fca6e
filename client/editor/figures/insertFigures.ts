import type { Editor } from '@tiptap/core';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { figureTypes, maxFigureBytes, uploadFile } from './uploadFile.ts';

/** Why a picture did not become a figure, as an i18n key (and the server's message when it gave one). */
export interface FigureProblem {
  key: 'content.figure.notPicture' | 'content.figure.tooLarge' | 'content.figure.uploadFailed';
  fileName: string;
  detail?: string;
}

type Listener = (problem: FigureProblem) => void;
const listeners = new WeakMap<Editor, Set<Listener>>();

/** Hears the figure problems of one editor (the toolbar shows them); returns the unsubscribe. */
export function onFigureProblem(editor: Editor, listener: Listener): () => void {
  const set = listeners.get(editor) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(editor, set);
  return () => set.delete(listener);
}

function report(editor: Editor, problem: FigureProblem) {
  for (const listener of listeners.get(editor) ?? []) listener(problem);
}

/** The pictures among pasted or dropped files. */
export function pictureFiles(files: FileList | File[] | null | undefined): File[] {
  return Array.from(files ?? []).filter((file) => file.type.startsWith('image/'));
}

/**
 * Uploads each picture and inserts it as a figure, at `position` (a drop) or at the selection.
 * A picture the server would refuse is reported without uploading; the upload's own refusal
 * (415, 413, no route yet) is reported with the server's message.
 */
export async function insertFigures(editor: Editor, files: File[], position?: number): Promise<void> {
  let at = position;
  for (const file of files) {
    if (!figureTypes.includes(file.type)) {
      report(editor, { key: 'content.figure.notPicture', fileName: file.name });
      continue;
    }
    if (file.size > maxFigureBytes) {
      report(editor, { key: 'content.figure.tooLarge', fileName: file.name });
      continue;
    }
    let src: string;
    try {
      src = await uploadFile(file);
    } catch (error) {
      const detail = error instanceof ApiRequestError ? `${error.status} ${error.message}` : String(error);
      report(editor, { key: 'content.figure.uploadFailed', fileName: file.name, detail });
      continue;
    }
    if (editor.isDestroyed) return;
    const figure = { type: 'image', attrs: { src, alt: file.name.replace(/\.[a-z0-9]+$/i, '') || null } };
    const chain = editor.chain();
    if (at !== undefined) {
      chain.insertContentAt(at, figure);
      at = undefined;
    } else {
      chain.focus().insertContent(figure);
    }
    chain.run();
  }
}
