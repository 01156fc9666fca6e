import { useTranslation } from 'react-i18next';
import { useEditorReadOnly } from '../EditorAccessContext.ts';
import { BlockTitleInput } from './BlockTitleInput.tsx';
import { BlockMinutesInput } from './BlockMinutesInput.tsx';
import { ConfirmRemoveButton } from './ConfirmRemoveButton.tsx';
import { chromeNodeView, type ChromeProps } from './chromeNodeView.ts';

/**
 * A guide block's label bar: its label (editable in place), its minutes, who sees it, and the
 * buttons to move or remove it.
 */
function GuideBlockHeader({ node, editor }: ChromeProps) {
  const { t } = useTranslation();
  const readOnly = useEditorReadOnly();
  const id = node.attrs.id as string | null;
  const title = (node.attrs.title as string) ?? '';
  const minutes = node.attrs.minutes as number | null;
  const teacherOnly = node.attrs.audience === 'teacher';

  const update = (attributes: { title?: string; minutes?: number | null; audience?: 'all' | 'teacher' }) => {
    if (id) editor.commands.updateGuideBlock(id, attributes);
  };

  return (
    <>
      <BlockTitleInput
        value={title}
        placeholder={t('editor.block.untitled')}
        label={t('editor.block.title')}
        readOnly={readOnly}
        onCommit={(next) => update({ title: next })}
      />
      <BlockMinutesInput
        value={minutes}
        label={t('editor.block.minutes')}
        readOnly={readOnly}
        onCommit={(next) => update({ minutes: next })}
      />
      <button
        type="button"
        className={teacherOnly ? 'audience-badge is-teacher' : 'audience-badge'}
        aria-pressed={teacherOnly}
        title={t('editor.block.toggleAudience')}
        disabled={readOnly}
        onClick={() => update({ audience: teacherOnly ? 'all' : 'teacher' })}
      >
        {teacherOnly ? t('editor.block.teacherOnly') : t('editor.block.forEveryone')}
      </button>
      {!readOnly && (
        <span className="block-actions">
          <button
            type="button"
            className="block-action"
            onClick={() => id && editor.commands.moveGuideBlock(id, 'up')}
          >
            {t('editor.block.moveUp')}
          </button>
          <button
            type="button"
            className="block-action"
            onClick={() => id && editor.commands.moveGuideBlock(id, 'down')}
          >
            {t('editor.block.moveDown')}
          </button>
          <ConfirmRemoveButton
            question={t('editor.block.confirmRemove', { title: title || t('editor.block.untitled') })}
            onConfirm={() => id && editor.commands.removeGuideBlock(id)}
          />
        </span>
      )}
    </>
  );
}

/** A guide block as a section of the paper guide: its label bar above, its content (ProseMirror's) below. */
export const guideBlockView = chromeNodeView({
  tag: 'section',
  attributes: (node) => ({
    class: node.attrs.audience === 'teacher' ? 'guide-block is-teacher-only' : 'guide-block',
    'data-block-kind': node.type.name,
    ...(node.attrs.id ? { 'data-block-id': String(node.attrs.id) } : {}),
  }),
  contentTag: 'div',
  contentClass: 'guide-block-body',
  parts: [{ tag: 'header', className: 'guide-block-header', place: 'before', component: GuideBlockHeader }],
});
