import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { listSuggestions, type OpenSuggestion } from '../../../shared/suggestions/listSuggestions.ts';

/**
 * The open suggestions of the live document, straight from the editor: they follow every
 * keystroke, remote ones included, without asking the server.
 */
export function useOpenSuggestions(editor: Editor | null): OpenSuggestion[] {
  const [suggestions, setSuggestions] = useState<OpenSuggestion[]>([]);
  useEffect(() => {
    if (!editor) return undefined;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!editor.isDestroyed) setSuggestions(listSuggestions(editor.state.doc));
      });
    };
    update();
    editor.on('update', update);
    return () => {
      cancelAnimationFrame(frame);
      editor.off('update', update);
    };
  }, [editor]);
  return suggestions;
}
