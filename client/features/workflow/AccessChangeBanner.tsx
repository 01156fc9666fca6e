import { useTranslation } from 'react-i18next';
import { LockIcon, PencilIcon } from '../../components/Icons.tsx';
import { writesDocument } from '../../../shared/workflow/access.ts';
import type { AccessChange } from '../../editor/collab/collabSession.ts';

interface AccessChangeBannerProps {
  change: AccessChange;
  onDismiss: () => void;
}

/**
 * Says at once why the editor just locked or unlocked: the server's own sentence (e.g.
 * 组长已结束研讨，导学案进入修改完善阶段：你现在只能阅读) or one built from the new access.
 */
export function AccessChangeBanner({ change, onDismiss }: AccessChangeBannerProps) {
  const { t, i18n } = useTranslation();
  const editable = writesDocument(change.access);
  const chinese = (i18n.resolvedLanguage ?? i18n.language).startsWith('zh');
  const text =
    change.message && chinese
      ? change.message
      : change.stage
        ? t(editable ? 'workflow.changed.nowEditStage' : 'workflow.changed.nowReadStage', {
            stage: t(`stage.${change.stage}`),
          })
        : t(editable ? 'workflow.changed.nowEdit' : 'workflow.changed.nowRead');

  return (
    <div
      className={editable ? 'access-change-banner is-edit' : 'access-change-banner is-read'}
      role="alert"
      data-testid="access-change-banner"
      data-access={change.access}
    >
      {editable ? <PencilIcon /> : <LockIcon />}
      <span className="access-change-text">{text}</span>
      <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
