import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchGuideCheck } from '../../api/checkApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { findingText } from '../../../shared/check/messages.ts';
import type { CheckFinding } from '../../../shared/schemas/check.ts';
import './check.css';

interface FinaliseCheckProps {
  guideId: string;
  /** 提交审稿 only shows the findings (it never blocks); 定稿 asks for a reason when errors stand. */
  mode: 'submit' | 'finalise';
  reason: string;
  onReason: (reason: string) => void;
  /** Tells the dialog whether 定稿 needs a reason (error findings stand). */
  onErrors: (count: number) => void;
}

/**
 * In the 定稿 dialog: the 错误 findings of the server's 体检, and the reason the leader gives to
 * finalise anyway (kept with the version). Nothing is shown when no error stands.
 */
/** A finding in the screen's language, from its params; the server's Chinese line where it sent none. */
function wording(finding: CheckFinding, language: string): string {
  if (!finding.params) return finding.message;
  const text = findingText({ rule: finding.rule, params: finding.params }, language);
  return language.startsWith('en') ? `${text.reason}. ${text.fix}.` : `${text.reason}。${text.fix}。`;
}

export function FinaliseCheck({ guideId, mode, reason, onReason, onErrors }: FinaliseCheckProps) {
  const { t, i18n } = useTranslation();
  const check = useQuery({
    queryKey: queryKeys.guideCheck(guideId),
    queryFn: async () => {
      const result = await fetchGuideCheck(guideId);
      onErrors(result.findings.filter((finding) => finding.severity === 'error').length);
      return result;
    },
    staleTime: 0,
    gcTime: 0,
  });
  if (check.isPending) return <p className="side-panel-note">{t('check.finalise.checking')}</p>;
  if (check.isError) return null;
  if (mode === 'submit') {
    if (check.data.findings.length === 0) return null;
    return (
      <div className="finalise-check" data-testid="submit-check">
        <p>{t('check.submit.findings', { count: check.data.findings.length })}</p>
        <ul className="finalise-check-findings">
          {check.data.findings.map((finding, index) => (
            <li key={`${finding.rule}-${index}`}>
              <strong>
                {t(`check.severity.${finding.severity}`)} · {t(`check.rule.${finding.rule}`)}
              </strong>
              {t('check.colon')}
              {wording(finding, i18n.language)}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const errors = check.data.findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return null;
  return (
    <div className="finalise-check" data-testid="finalise-check">
      <p>{t('check.finalise.errors', { count: errors.length })}</p>
      <ul className="finalise-check-errors">
        {errors.map((finding, index) => (
          <li key={`${finding.rule}-${index}`}>
            <strong>{t(`check.rule.${finding.rule}`)}</strong>
            {t('check.colon')}
            {wording(finding, i18n.language)}
          </li>
        ))}
      </ul>
      <label>
        {t('check.finalise.reasonLabel')}
        <textarea
          name="override-reason"
          value={reason}
          maxLength={500}
          placeholder={t('check.finalise.reasonPlaceholder')}
          onChange={(event) => onReason(event.target.value)}
        />
      </label>
    </div>
  );
}
