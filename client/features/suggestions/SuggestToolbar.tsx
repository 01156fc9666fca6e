import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { insertQuestion } from '../../editor/questionCommands.ts';
import { ContentTools } from '../../editor/toolbar/ContentTools.tsx';
import { ToolButton } from '../../editor/toolbar/ToolButton.tsx';

/**
 * The toolbar in 建议模式: what a member can propose besides text (a question, a formula, a
 * blank, a figure). Each arrives marked as their suggestion; formatting is not offered.
 */
export function SuggestToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  return (
    <div className="format-toolbar suggest-toolbar" role="toolbar" aria-label={t('suggestions.toolbar')}>
      <ContentTools editor={editor} suggesting />
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton label={t('editor.toolbar.question')} onClick={() => insertQuestion(editor)} wide>
        ＋ {t('editor.toolbar.question')}
      </ToolButton>
    </div>
  );
}
