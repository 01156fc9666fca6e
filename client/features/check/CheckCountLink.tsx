import { useTranslation } from 'react-i18next';
import { countBySeverity } from '../../../shared/check/checkGuide.ts';
import type { Severity } from '../../../shared/check/types.ts';

/** In the guide's header: 体检：1 个错误、2 个警告 (or 体检：通过); a click shows the panel. */
export function CheckCountLink({ findings }: { findings: readonly { severity: Severity }[] }) {
  const { t } = useTranslation();
  const counts = countBySeverity(findings);
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => t(`check.count.${severity}`, { count: counts[severity] }));
  const worst = (['error', 'warning', 'info'] as const).find((severity) => counts[severity] > 0) ?? 'ok';
  return (
    <a href="#check-panel" className={`check-count check-count-${worst}`} data-testid="check-count">
      {t('check.countLabel')}
      {parts.length > 0 ? parts.join(t('check.countSeparator')) : t('check.passed')}
    </a>
  );
}
