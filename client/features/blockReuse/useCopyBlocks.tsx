import { useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useParams } from 'react-router';
import type { ReuseTarget } from '../../../shared/schemas/blockReuse.ts';
import { lazyComponent } from '../../components/lazyComponent.tsx';
import { caretBlockIndex } from './insertCopiedBlocks.ts';

// The dialog (its guide search, version picker and block previews) comes when it is first opened.
const CopyBlocksDialog = lazyComponent(() => import('./CopyBlocksDialog.tsx').then((module) => module.CopyBlocksDialog));

/**
 * 从其他导学案复制 for the page's editor: whether it is offered here (a guide or class copy being
 * edited), the way to open the dialog — the copies go after the block the caret is in at that
 * moment — and the dialog to render.
 */
export function useCopyBlocks(editor: Editor): { available: boolean; open: () => void; dialog: ReactNode } {
  const { guideId, copyId } = useParams();
  const [afterIndex, setAfterIndex] = useState<number | null | undefined>(undefined);
  let target: ReuseTarget | null = null;
  if (copyId) target = { kind: 'copy', id: copyId };
  else if (guideId) target = { kind: 'guide', id: guideId };
  return {
    available: target !== null,
    open: () => setAfterIndex(editor.isFocused ? caretBlockIndex(editor) : null),
    dialog:
      target && afterIndex !== undefined ? (
        <CopyBlocksDialog editor={editor} target={target} afterIndex={afterIndex} onClose={() => setAfterIndex(undefined)} />
      ) : null,
  };
}
