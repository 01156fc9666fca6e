import './blockReuse.css';
import { useTranslation } from 'react-i18next';

/** 从其他导学案复制… as the last item of the 添加模块 menu. */
export function CopyBlocksMenuItem({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      role="menuitem"
      className="add-block-item add-block-item-reuse"
      data-testid="copy-blocks-open"
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span className="add-block-item-title">{t('blockReuse.menu')}</span>
      <span className="add-block-item-kind">{t('blockReuse.menuNote')}</span>
    </button>
  );
}
