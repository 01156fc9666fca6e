import type { JSONContent } from '@tiptap/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockText } from '../../../shared/diff/blockText.ts';
import type { BlockDiff } from '../../../shared/schemas/diff.ts';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { fetchCopyContent } from '../../api/copiesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { useHarvest } from './useHarvest.ts';
import './harvest.css';

interface HarvestMenuProps {
  guideId: string;
  copyId: string;
  block: BlockDiff;
}

/** The first words of a paragraph (or list, question …) of the copy, to choose it by. */
function preview(node: JSONContent): string {
  const text = blockText({ type: 'wrapper', content: [node] }).text.replace(/\n+/g, ' ').trim();
  return text.length > 36 ? `${text.slice(0, 36)}…` : text;
}

/**
 * 采纳到导学案: the leader takes this block of a class copy into the guide, whole or one
 * paragraph of it. The copy's teacher is credited in the next final's version note.
 */
export function HarvestMenu({ guideId, copyId, block }: HarvestMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [taken, setTaken] = useState<string | null>(null);
  const harvest = useHarvest(guideId);
  const content = useQuery({
    queryKey: queryKeys.copyContent(copyId),
    queryFn: () => fetchCopyContent(copyId),
    enabled: open,
  });
  if (block.status === 'deleted') return null;

  const copyBlock = (content.data as JSONContent | undefined)?.content?.find((node) => node.attrs?.id === block.id);
  const take = (paragraphIndex: number | undefined, label: string) => {
    harvest.mutate(
      { copyId, blockId: block.id, ...(paragraphIndex === undefined ? {} : { paragraphIndex }) },
      {
        onSuccess: () => {
          setTaken(label);
          setOpen(false);
        },
      },
    );
  };

  return (
    <span className="harvest-menu">
      {taken ? (
        <span className="harvest-done" role="status">
          ✓ {t('harvest.done', { what: taken })}
        </span>
      ) : (
        <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="harvest-button">
          {t('harvest.button')}
        </button>
      )}
      {open && (
        <div className="harvest-popover" role="menu">
          <button type="button" role="menuitem" className="harvest-option is-block" disabled={harvest.isPending} onClick={() => take(undefined, block.title)}>
            {t('harvest.wholeBlock', { title: block.title })}
          </button>
          {content.isPending && <p className="muted">{t('common.loading')}</p>}
          {copyBlock?.content?.map((child, index) =>
            child.type === 'groupRoles' ? null : (
              <button
                key={index}
                type="button"
                role="menuitem"
                className="harvest-option"
                disabled={harvest.isPending}
                onClick={() => take(index, t('harvest.paragraphLabel', { title: block.title, number: index + 1 }))}
              >
                <span className="harvest-option-number">{t('harvest.paragraph', { number: index + 1 })}</span>
                {child.type === 'teacherNote' && <span className="tag">{t('copyLife.noteLabel')}</span>}
                <span className="harvest-option-text">{preview(child) || t('harvest.emptyParagraph')}</span>
              </button>
            ),
          )}
          {harvest.isError && (
            <p className="form-error" role="alert">
              {harvest.error instanceof ApiRequestError ? harvest.error.message : t('harvest.failed')}
            </p>
          )}
        </div>
      )}
    </span>
  );
}
