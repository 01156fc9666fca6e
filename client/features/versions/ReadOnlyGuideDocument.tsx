import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { EditorAccessContext } from '../../editor/EditorAccessContext.ts';
import { readOnlyExtensions } from '../../editor/extensions.ts';

/** A saved version of a guide: the editor's own nodes and views, not editable, not shared. */
export function ReadOnlyGuideDocument({ content }: { content: JSONContent }) {
  const editor = useEditor(
    {
      extensions: readOnlyExtensions(),
      content,
      editable: false,
      editorProps: { attributes: { class: 'guide-content is-version', spellcheck: 'false', lang: 'zh-CN' } },
    },
    [content],
  );
  return (
    <EditorAccessContext.Provider value={{ readOnly: true }}>
      <EditorContent editor={editor} />
    </EditorAccessContext.Provider>
  );
}
