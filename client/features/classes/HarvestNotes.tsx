import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchGuideHarvests } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

/** 采纳记录: per final, the version note crediting the class teachers whose copies it took from. */
export function HarvestNotes({ guideId }: { guideId: string }) {
  const { t } = useTranslation();
  const harvests = useQuery({ queryKey: queryKeys.guideHarvests(guideId), queryFn: () => fetchGuideHarvests(guideId) });
  if (!harvests.data || harvests.data.versionNotes.length === 0) return null;
  return (
    <section className="side-panel" data-testid="harvest-notes">
      <h2 className="side-panel-title">{t('harvest.notesTitle')}</h2>
      <ul className="harvest-notes">
        {harvests.data.versionNotes.map((note) => (
          <li key={note.version?.number ?? 'next'}>
            <strong>{note.version ? versionLabelText(note.version.label, t) : t('harvest.nextFinal')}</strong>：{note.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
