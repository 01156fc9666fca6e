import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingText } from '../../../shared/check/messages.ts';
import type { CheckSettings } from '../../../shared/check/settings.ts';
import type { DetailedFinding } from '../../../shared/check/types.ts';
import { CheckSettingsDialog } from './CheckSettingsDialog.tsx';
import { jumpToBlock } from './jumpToBlock.ts';
import './check.css';

interface CheckFindingsPanelProps {
  findings: DetailedFinding[];
  editor: Editor | null;
  /** For a leader: the school's settings, which they may change from here. */
  settings?: { groupId: string; value: CheckSettings };
}

/**
 * 体检: the live findings of the guide (or class copy), worst first. Each says its rule, how
 * serious it is, why and how to fix it; a click takes the teacher to the block it is about.
 */
export function CheckFindingsPanel({ findings, editor, settings }: CheckFindingsPanelProps) {
  const { t, i18n } = useTranslation();
  const [missing, setMissing] = useState<string | null>(null);
  const [editingSettings, setEditingSettings] = useState(false);

  const open = (finding: DetailedFinding) => {
    if (!editor || !finding.blockId) return;
    setMissing(jumpToBlock(editor, finding.blockId) ? null : finding.blockId);
  };

  return (
    <section id="check-panel" className="side-panel check-panel" aria-labelledby="check-title" data-testid="check-panel">
      <h2 id="check-title" className="side-panel-title">
        {t('check.title')}
        {findings.length > 0 && <span className="side-panel-count">{t('check.total', { count: findings.length })}</span>}
        {settings && (
          <button type="button" className="button-link check-settings-open" onClick={() => setEditingSettings(true)}>
            {t('check.settings.open')}
          </button>
        )}
      </h2>
      {settings && editingSettings && (
        <CheckSettingsDialog
          groupId={settings.groupId}
          settings={settings.value}
          open={editingSettings}
          onClose={() => setEditingSettings(false)}
        />
      )}
      {findings.length === 0 ? (
        <p className="side-panel-note">{t('check.empty')}</p>
      ) : (
        <ol className="check-list">
          {findings.map((finding, index) => {
            const text = findingText(finding, i18n.language);
            const body = (
              <>
                <span className="check-finding-head">
                  <span className={`check-severity check-severity-${finding.severity}`}>{t(`check.severity.${finding.severity}`)}</span>
                  <span className="check-rule">{t(`check.rule.${finding.rule}`)}</span>
                </span>
                <span className="check-reason">{text.reason}</span>
                <span className="check-fix">
                  {t('check.fix')}
                  {text.fix}
                </span>
              </>
            );
            return (
              <li key={`${finding.rule}-${finding.blockId ?? 'guide'}-${index}`} className="check-finding" data-rule={finding.rule} data-severity={finding.severity}>
                {finding.blockId ? (
                  <button
                    type="button"
                    className="check-finding-button"
                    title={t('check.jump')}
                    onClick={() => open(finding)}
                    disabled={!editor}
                  >
                    {body}
                  </button>
                ) : (
                  <div className="check-finding-static">{body}</div>
                )}
                {missing === finding.blockId && <span className="check-missing">{t('check.blockGone')}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
