import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { canInsertAnswer, insertAnswer, insertQuestion } from '../../editor/questionCommands.ts';
import { ContentTools } from '../../editor/toolbar/ContentTools.tsx';
import { TableTools } from '../../editor/toolbar/TableTools.tsx';
import { ToolButton } from '../../editor/toolbar/ToolButton.tsx';

/** Formatting and structure: marks, 上标 / 下标, 加点字, 拼音, formula, blank, figure, heading, lists, table (and its own tools while in one), question and answer, undo. */
export function FormatToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      if (!current) return null;
      return {
        bold: current.isActive('bold'),
        italic: current.isActive('italic'),
        underline: current.isActive('underline'),
        heading: current.isActive('heading'),
        bulletList: current.isActive('bulletList'),
        orderedList: current.isActive('orderedList'),
        canAnswer: canInsertAnswer(current.state),
      };
    },
  });
  if (!active) return null;

  const chain = () => editor.chain().focus();

  return (
    <div className="format-toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
      <ToolButton label={t('editor.toolbar.bold')} active={active.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </ToolButton>
      <ToolButton label={t('editor.toolbar.italic')} active={active.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </ToolButton>
      <ToolButton
        label={t('editor.toolbar.underline')}
        active={active.underline}
        onClick={() => chain().toggleUnderline().run()}
      >
        <u>U</u>
      </ToolButton>
      <ContentTools editor={editor} />
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton
        label={t('editor.toolbar.heading')}
        active={active.heading}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
        wide
      >
        {t('editor.toolbar.heading')}
      </ToolButton>
      <ToolButton
        label={t('editor.toolbar.bulletList')}
        active={active.bulletList}
        onClick={() => chain().toggleBulletList().run()}
      >
        •≡
      </ToolButton>
      <ToolButton
        label={t('editor.toolbar.orderedList')}
        active={active.orderedList}
        onClick={() => chain().toggleOrderedList().run()}
      >
        1.≡
      </ToolButton>
      <ToolButton
        label={t('editor.toolbar.table')}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        wide
      >
        ▦ {t('editor.toolbar.table')}
      </ToolButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton label={t('editor.toolbar.question')} onClick={() => insertQuestion(editor)} wide>
        ＋ {t('editor.toolbar.question')}
      </ToolButton>
      <ToolButton
        label={t('editor.toolbar.answer')}
        disabled={!active.canAnswer}
        onClick={() => insertAnswer(editor)}
        wide
      >
        ＋ {t('editor.toolbar.answer')}
      </ToolButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton label={t('editor.toolbar.undo')} onClick={() => chain().undo().run()}>
        ↶
      </ToolButton>
      <ToolButton label={t('editor.toolbar.redo')} onClick={() => chain().redo().run()}>
        ↷
      </ToolButton>
      <TableTools editor={editor} />
    </div>
  );
}
