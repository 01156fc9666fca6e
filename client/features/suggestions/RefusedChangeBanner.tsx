import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/Icons.tsx';
import type { RefusedChange } from '../../editor/collab/collabSession.ts';

/** Tells the teacher that the server did not take their last change, and why. */
export function RefusedChangeBanner({ refused, onDismiss }: { refused: RefusedChange; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="access-change-banner is-read" role="alert" data-testid="suggestion-refused">
      <LockIcon />
      <span className="access-change-text">{t('suggestions.refused', { message: refused.message })}</span>
      <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
