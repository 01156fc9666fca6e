import type { TFunction } from 'i18next';
import { restorePointLabel } from '../../shared/workflow/transitions.ts';

/**
 * A saved version's name in the screen's language. The server names versions as the workflow
 * does (初稿, 研讨稿, 定稿 vN, 恢复前, shared/workflow/transitions.ts); other names are shown as stored.
 */
export function versionLabelText(label: string, t: TFunction): string {
  if (label === '初稿') return t('versions.labels.draft');
  if (label === '研讨稿') return t('versions.labels.discussion');
  if (label === restorePointLabel) return t('versions.labels.restorePoint');
  const final = /^定稿 v(\d+)$/.exec(label);
  return final ? t('versions.labels.final', { number: Number(final[1]) }) : label;
}
