import { useTranslation } from 'react-i18next';
import { parseDocumentRef } from '../../../shared/schemas/documentRef.ts';
import type { Guide } from '../../../shared/schemas/guide.ts';
import '../versions/history.css';
import { versionLabelText } from '../../i18n/versionLabel.ts';

/** A side's place in the guide's history: its version number, the live guide after every version. */
function position(refText: string, guideId: string): number | null {
  const ref = parseDocumentRef(refText);
  if (ref?.kind !== 'guide' || ref.guideId !== guideId) return null;
  return ref.version ?? Number.POSITIVE_INFINITY;
}

/**
 * The 定稿说明 of every final made between the two sides of a diff of one guide (the later
 * side's included): what the leader said changed, and why, above the changes themselves.
 */
export function FinalNotes({ guide, from, to }: { guide: Guide; from: string; to: string }) {
  const { t } = useTranslation();
  const a = position(from, guide.id);
  const b = position(to, guide.id);
  if (a === null || b === null) return null;
  const [low, high] = a <= b ? [a, b] : [b, a];
  const notes = guide.versions.filter((version) => version.note && version.number > low && version.number <= high);
  if (notes.length === 0) return null;
  return (
    <div className="diff-final-notes" data-testid="diff-final-notes">
      {notes.map((version) => (
        <p key={version.number} className="diff-final-note">
          <span className="diff-final-note-label">{t('versions.note.of', { label: versionLabelText(version.label, t) })}</span>
          {version.note}
        </p>
      ))}
    </div>
  );
}
