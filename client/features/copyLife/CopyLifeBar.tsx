import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Copy } from '../../../shared/schemas/copy.ts';
import { useMe } from '../auth/useMe.ts';
import { MyReflectionCount } from './MyReflectionCount.tsx';
import { TaughtControl } from './TaughtControl.tsx';
import { UpstreamBanner } from './UpstreamBanner.tsx';
import { useCopyAdditions } from './useCopyAdditions.ts';
import { useCopyStatus } from './useCopyStatus.ts';
import '../diff/diff.css';
import './copyLife.css';

interface CopyLifeBarProps {
  copy: Copy;
  /** The copy's live editor, once it is open (for the additions marks and 添加复备批注). */
  editor: Editor | null;
  readOnly: boolean;
}

/**
 * The life of a class copy above its paper: 定稿已更新 with 查看更新 / 合并更新, 与定稿对比,
 * 已上课 and the 教后反思, the teacher's reflection count, and 添加复备批注 (a note in the
 * 教师复备栏). Also marks the teacher's additions against the base final in the editor.
 */
export function CopyLifeBar({ copy, editor, readOnly }: CopyLifeBarProps) {
  const { t } = useTranslation();
  const me = useMe();
  const status = useCopyStatus(copy.id);
  const userId = me.data?.user.id ?? null;
  const isOwner = userId === copy.owner.id;
  // The copy's class belongs to the guide's group; its teacher teaches it.
  const groupId = me.data?.classes.find((schoolClass) => schoolClass.id === copy.classId)?.groupId ?? null;
  useCopyAdditions(editor, copy.guideId, status.data?.base.number ?? copy.baseVersion);

  // The margin column's heading and each note's label, in the chosen language (CSS reads them).
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--teacher-note-label', JSON.stringify(t('copyLife.noteLabel')));
    root.setProperty('--teacher-note-column', JSON.stringify(t('copyLife.noteColumn')));
  }, [t]);

  const compareHref = `/diff?from=${encodeURIComponent(`guide:${copy.guideId}@${copy.baseVersion}`)}&to=${encodeURIComponent(`copy:${copy.id}`)}`;

  return (
    <div className="copy-life" data-testid="copy-life">
      {status.data && <UpstreamBanner status={status.data} canPull={isOwner} />}
      <div className="copy-life-bar">
        <Link className="button" to={compareHref} data-testid="compare-with-final">
          {t('copyLife.compare', { version: status.data?.base.label ?? copy.baseVersionLabel })}
        </Link>
        <Link className="button button-quiet" to={`/guides/${copy.guideId}/classes`}>
          {t('copyLife.allClasses')}
        </Link>
        {editor && !readOnly && (
          <button
            type="button"
            className="button"
            data-testid="add-teacher-note"
            onClick={() => editor.chain().focus().insertTeacherNote().run()}
          >
            {t('copyLife.addNote')}
          </button>
        )}
        <span className="toolbar-spacer" />
        <span className="addition-legend">
          <span className="addition-legend-bar" aria-hidden="true" />
          {t('copyLife.additionsLegend', { version: status.data?.base.label ?? copy.baseVersionLabel })}
        </span>
        {status.data && <TaughtControl status={status.data} groupId={groupId} isOwner={isOwner && !readOnly} />}
        {isOwner && groupId && userId && <MyReflectionCount groupId={groupId} userId={userId} />}
      </div>
    </div>
  );
}
