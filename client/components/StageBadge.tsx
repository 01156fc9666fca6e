import { useTranslation } from 'react-i18next';
import type { Stage } from '../../shared/workflow/stages.ts';

/** 主备初稿 / 集体审稿 / 修改完善 / 定稿, each with its own colour. */
export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <span className={`stage-badge stage-${stage}`}>{t(`stage.${stage}`)}</span>;
}
