import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { listSuggestions, type OpenSuggestion } from '../../../shared/suggestions/listSuggestions.ts';

function sameSuggestions(a: readonly OpenSuggestion[], b: readonly OpenSuggestion[]): boolean {
  return a.length === b.length && (a.length === 0 || JSON.stringify(a) === JSON.stringify(b));
}

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
        if (editor.isDestroyed) return;
        const next = listSuggestions(editor.state.doc);
        // The same list keeps the same array: the panel does not render again for every
        // keystroke of a guide with no open suggestion, or one that leaves them as they were.
        setSuggestions((previous) => (sameSuggestions(previous, next) ? previous : next));
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
