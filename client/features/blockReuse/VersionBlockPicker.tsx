import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import type { VersionBlocks } from '../../../shared/schemas/blockReuse.ts';
import { fetchGuide } from '../../api/guidesApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';
import { fetchVersionBlocks } from './blockReuseApi.ts';
import { BlockPreview } from './BlockPreview.tsx';

interface VersionBlockPickerProps {
  guideId: string;
  /** The version shown; null until the teacher picks one (then the latest 定稿, else the newest). */
  versionNumber: number | null;
  onVersion: (versionNumber: number) => void;
  /** Told the version shown (the one chosen or the one opened first), which the copy is taken from. */
  onShown: (versionNumber: number | null) => void;
  selected: string[];
  /** The blocks chosen, in the order the version has them. */
  onSelect: (blockIds: string[]) => void;
}

/** The second column: the chosen guide's versions, and the blocks of one with a preview and a check box each. */
export function VersionBlockPicker({ guideId, versionNumber, onVersion, onShown, selected, onSelect }: VersionBlockPickerProps) {
  const { t } = useTranslation();
  const guide = useQuery({ queryKey: queryKeys.guide(guideId), queryFn: () => fetchGuide(guideId) });
  const versions = guide.data?.versions ?? [];
  const latestFinal = [...versions].reverse().find((version) => version.kind === 'final');
  const shown = versionNumber ?? latestFinal?.number ?? versions.at(-1)?.number ?? null;
  const blocks = useQuery({
    queryKey: ['blockReuse', guideId, shown],
    queryFn: () => fetchVersionBlocks(guideId, shown!),
    enabled: shown !== null,
  });
  useEffect(() => onShown(shown), [shown, onShown]);

  if (guide.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (guide.isError) return <p className="error-message">{t('blockReuse.guideFailed')}</p>;
  if (shown === null) return <p className="muted">{t('blockReuse.noVersions')}</p>;
  return (
    <div className="block-reuse-version">
      <label className="field">
        <span className="field-label">{t('blockReuse.version')}</span>
        <select value={shown} onChange={(event) => onVersion(Number(event.target.value))} data-testid="block-reuse-version">
          {[...versions].reverse().map((version) => (
            <option key={version.number} value={version.number}>
              {versionLabelText(version.label, t)}
            </option>
          ))}
        </select>
      </label>
      {blocks.isPending && <p className="muted">{t('common.loading')}</p>}
      {blocks.isError && <p className="error-message">{t('blockReuse.blocksFailed')}</p>}
      {blocks.data && <BlockList data={blocks.data} selected={selected} onSelect={onSelect} />}
    </div>
  );
}

function BlockList({ data, selected, onSelect }: { data: VersionBlocks; selected: string[]; onSelect: (blockIds: string[]) => void }) {
  const { t } = useTranslation();
  const toggle = (blockId: string) => {
    const next = new Set(selected);
    if (next.has(blockId)) next.delete(blockId);
    else next.add(blockId);
    onSelect(data.blocks.filter((block) => next.has(block.id)).map((block) => block.id));
  };
  if (data.blocks.length === 0) return <p className="muted">{t('blockReuse.noBlocks')}</p>;
  return (
    <ul className="block-reuse-blocks" aria-label={t('blockReuse.blocks')}>
      {data.blocks.map((block) => (
        <li key={block.id} className={selected.includes(block.id) ? 'block-reuse-block is-selected' : 'block-reuse-block'}>
          <label className="block-reuse-block-head">
            <input type="checkbox" checked={selected.includes(block.id)} onChange={() => toggle(block.id)} data-testid="block-reuse-check" />
            <span className="block-reuse-block-title">{block.title || t(`blockKind.${block.kind}`)}</span>
            <span className="muted">{t(`blockKind.${block.kind}`)}</span>
          </label>
          <BlockPreview block={block.content as JSONContent} />
        </li>
      ))}
    </ul>
  );
}
