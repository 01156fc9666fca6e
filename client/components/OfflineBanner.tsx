import { useTranslation } from 'react-i18next';
import { useOnline } from '../editor/collab/useOnline.ts';

/** Says plainly, on every page, that the computer is offline and what still works. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <div className="offline-banner" role="status" data-testid="offline-banner">
      <strong>{t('offline.title')}</strong>
      <span>{t('offline.note')}</span>
    </div>
  );
}
