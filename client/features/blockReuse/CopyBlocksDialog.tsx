import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Editor, JSONContent } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type { ReuseTarget } from '../../../shared/schemas/blockReuse.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { reuseBlocks } from './blockReuseApi.ts';
import { insertCopiedBlocks } from './insertCopiedBlocks.ts';
import { SourceGuideList, type SourceChoice } from './SourceGuideList.tsx';
import { VersionBlockPicker } from './VersionBlockPicker.tsx';
import './blockReuse.css';

interface CopyBlocksDialogProps {
  editor: Editor;
  target: ReuseTarget;
  /** The block the copies go after (the one holding the caret), or null for the end. */
  afterIndex: number | null;
  onClose: () => void;
}

/** Waits until the teacher stops typing before searching. */
function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * 从其他导学案复制: find a guide the teacher may read (by title or content), pick a saved version
 * (its latest 定稿 first), tick the blocks to take, and put them after the block being edited —
 * with new ids and their 来源, images, formulas, blanks and answers included.
 */
export function CopyBlocksDialog({ editor, target, afterIndex, onClose }: CopyBlocksDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useSettled(text, 250);
  const [source, setSource] = useState<SourceChoice | null>(null);
  const [versionNumber, setVersionNumber] = useState<number | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [shownVersion, setShownVersion] = useState<number | null>(null);

  const copy = useMutation({
    mutationFn: () => reuseBlocks({ target, fromGuideId: source!.guideId, fromVersion: shownVersion!, blockIds: selected }),
    onSuccess: ({ blocks }) => {
      insertCopiedBlocks(editor, blocks as JSONContent[], afterIndex);
      onClose();
    },
  });

  const choose = (choice: SourceChoice) => {
    setSource(choice);
    setVersionNumber(choice.versionNumber);
    setSelected([]);
  };

  return (
    <Dialog title={t('blockReuse.title')} open onClose={onClose} wide>
      <div className="block-reuse" data-testid="block-reuse-dialog">
        <div className="block-reuse-sources">
          <input
            type="search"
            className="block-reuse-search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t('blockReuse.searchPlaceholder')}
            aria-label={t('blockReuse.search')}
            maxLength={100}
            data-testid="block-reuse-search"
          />
          <SourceGuideList
            query={query}
            excludeGuideId={target.kind === 'guide' ? target.id : null}
            chosen={source?.guideId ?? null}
            onChoose={choose}
          />
        </div>
        <div className="block-reuse-picker">
          {source ? (
            <VersionBlockPicker
              key={source.guideId}
              guideId={source.guideId}
              versionNumber={versionNumber}
              onVersion={(number) => {
                setVersionNumber(number);
                setSelected([]);
              }}
              onShown={setShownVersion}
              selected={selected}
              onSelect={setSelected}
            />
          ) : (
            <p className="muted block-reuse-hint">{t('blockReuse.chooseGuide')}</p>
          )}
        </div>
      </div>
      {copy.isError && <ErrorMessage error={copy.error} />}
      <footer className="dialog-actions block-reuse-actions">
        <span className="muted">{t('blockReuse.credit')}</span>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={selected.length === 0 || shownVersion === null || copy.isPending}
          onClick={() => copy.mutate()}
          data-testid="block-reuse-insert"
        >
          {selected.length === 0 ? t('blockReuse.insertNone') : t('blockReuse.insert', { count: selected.length })}
        </button>
      </footer>
    </Dialog>
  );
}
