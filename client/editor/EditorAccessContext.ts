import { createContext, useContext } from 'react';

/**
 * Whether the teacher may change the document. Node views read it from context (they render
 * inside EditorContent's portals), because ProseMirror does not re-render them when the
 * editor's editable flag changes.
 */
export const EditorAccessContext = createContext<{ readOnly: boolean }>({ readOnly: false });

export function useEditorReadOnly(): boolean {
  return useContext(EditorAccessContext).readOnly;
}
