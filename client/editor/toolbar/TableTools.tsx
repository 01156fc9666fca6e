import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { ToolButton } from './ToolButton.tsx';

/**
 * 表格: shown while the caret is in a table. Rows and columns added or deleted, cells merged
 * and split, the header row switched, the table deleted; Tab moves to the next cell and adds a
 * row at the end (Tiptap's table keymap).
 */
export function TableTools({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      if (!current || !current.isActive('table')) return null;
      const can = current.can();
      return { merge: can.mergeCells(), split: can.splitCell() };
    },
  });
  if (!state) return null;
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => command(editor.chain().focus()).run();

  return (
    <div className="table-tools" role="toolbar" aria-label={t('content.table.label')}>
      <span className="table-tools-title">{t('content.table.title')}</span>
      <ToolButton label={t('content.table.addRowBefore')} onClick={() => run((chain) => chain.addRowBefore())} wide>
        {t('content.table.addRowBeforeShort')}
      </ToolButton>
      <ToolButton label={t('content.table.addRowAfter')} onClick={() => run((chain) => chain.addRowAfter())} wide>
        {t('content.table.addRowAfterShort')}
      </ToolButton>
      <ToolButton label={t('content.table.deleteRow')} onClick={() => run((chain) => chain.deleteRow())} wide>
        {t('content.table.deleteRowShort')}
      </ToolButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton label={t('content.table.addColumnBefore')} onClick={() => run((chain) => chain.addColumnBefore())} wide>
        {t('content.table.addColumnBeforeShort')}
      </ToolButton>
      <ToolButton label={t('content.table.addColumnAfter')} onClick={() => run((chain) => chain.addColumnAfter())} wide>
        {t('content.table.addColumnAfterShort')}
      </ToolButton>
      <ToolButton label={t('content.table.deleteColumn')} onClick={() => run((chain) => chain.deleteColumn())} wide>
        {t('content.table.deleteColumnShort')}
      </ToolButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton label={t('content.table.mergeCells')} disabled={!state.merge} onClick={() => run((chain) => chain.mergeCells())} wide>
        {t('content.table.mergeCellsShort')}
      </ToolButton>
      <ToolButton label={t('content.table.splitCell')} disabled={!state.split} onClick={() => run((chain) => chain.splitCell())} wide>
        {t('content.table.splitCellShort')}
      </ToolButton>
      <ToolButton label={t('content.table.toggleHeaderRow')} onClick={() => run((chain) => chain.toggleHeaderRow())} wide>
        {t('content.table.toggleHeaderRowShort')}
      </ToolButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton label={t('content.table.deleteTable')} onClick={() => run((chain) => chain.deleteTable())} wide>
        {t('content.table.deleteTableShort')}
      </ToolButton>
    </div>
  );
}
