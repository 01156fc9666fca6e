import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { blockKinds, defaultBlockTitles } from '../../../shared/editor/blockKinds.ts';
import { addGuideBlock } from '../../editor/blockMenuCommands.ts';
import { CopyBlocksMenuItem } from '../blockReuse/CopyBlocksMenuItem.tsx';
import { useCopyBlocks } from '../blockReuse/useCopyBlocks.tsx';

/** 添加模块: every block kind with the label it will get, added after the block being edited. */
export function AddBlockMenu({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const copyBlocks = useCopyBlocks(editor);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="add-block" ref={ref}>
      <button
        type="button"
        className="button button-primary add-block-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((value) => !value)}
      >
        ＋ {t('editor.addBlock')}
      </button>
      {open && (
        <div className="add-block-menu" role="menu" aria-label={t('editor.addBlockTitle')}>
          {blockKinds.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              className="add-block-item"
              data-kind={kind}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setOpen(false);
                addGuideBlock(editor, kind);
              }}
            >
              <span className="add-block-item-title">{defaultBlockTitles[kind]}</span>
              <span className="add-block-item-kind">{t(`blockKind.${kind}`)}</span>
            </button>
          ))}
          {copyBlocks.available && (
            <CopyBlocksMenuItem
              onClick={() => {
                setOpen(false);
                copyBlocks.open();
              }}
            />
          )}
        </div>
      )}
      {copyBlocks.dialog}
    </div>
  );
}
