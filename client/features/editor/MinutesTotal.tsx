import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { totalGuideMinutes } from '../../editor/guideMinutes.ts';

/** "合计 43 / 45 分钟", turning red with "超出 N 分钟" when the blocks do not fit the lesson. */
export function MinutesTotal({ editor, periodMinutes }: { editor: Editor; periodMinutes: number }) {
  const { t } = useTranslation();
  const total = useEditorState({ editor, selector: ({ editor: current }) => totalGuideMinutes(current.state.doc) });
  const over = total - periodMinutes;

  return (
    <div
      className={over > 0 ? 'minutes-total is-over' : 'minutes-total'}
      data-testid="minutes-total"
      title={over > 0 ? t('editor.minutesOver', { over }) : undefined}
    >
      <span className="minutes-total-figure">{t('editor.minutesTotal', { total, limit: periodMinutes })}</span>
      {over > 0 && (
        <span className="minutes-total-warning" role="alert">
          ⚠ {t('editor.minutesOverShort', { over })}
        </span>
      )}
    </div>
  );
}
