import { useTranslation } from 'react-i18next';
import type { DiffAtom } from '../../../shared/schemas/diff.ts';
import { Formula } from '../../editor/math/Formula.tsx';

/** A formula (rendered by KaTeX, its LaTeX on hover), a figure or a blank inside a diff. */
export function DiffAtomView({ atom }: { atom: DiffAtom }) {
  const { t } = useTranslation();
  if (atom.type === 'blank') return <span className="diff-atom diff-blank">{atom.answer ? `（${atom.answer}）` : '（　　）'}</span>;
  if (atom.type === 'image') {
    return (
      <span className="diff-atom diff-figure">
        <img src={atom.src} alt={atom.alt || t('diff.figure')} loading="lazy" />
      </span>
    );
  }
  return (
    <span className={atom.type === 'blockMath' ? 'diff-atom diff-formula is-display' : 'diff-atom diff-formula'} title={atom.latex}>
      <Formula latex={atom.latex} />
    </span>
  );
}
