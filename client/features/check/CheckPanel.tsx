import type { Editor } from '@tiptap/core';
import type { CheckSettings } from '../../../shared/check/settings.ts';
import type { DetailedFinding } from '../../../shared/check/types.ts';
import { lazyComponent } from '../../components/lazyComponent.tsx';

interface CheckPanelProps {
  findings: DetailedFinding[] | null;
  editor: Editor | null;
  /** For a leader: the school's settings, which they may change from here. */
  settings?: { groupId: string; value: CheckSettings };
}

// The panel (the findings' messages, the settings dialog) comes with the first findings of the
// live check, which itself runs once the editor is there (useLiveCheck.ts), not with the page.
const CheckFindingsPanel = lazyComponent(() => import('./CheckFindingsPanel.tsx').then((module) => module.CheckFindingsPanel));

/** 体检 beside the paper once the live check has run: nothing before. */
export function CheckPanel({ findings, ...panel }: CheckPanelProps) {
  return findings ? <CheckFindingsPanel findings={findings} {...panel} /> : null;
}
