import { useEffect, useRef, useState } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { FormulaEditorDialog } from '../math/FormulaEditorDialog.tsx';
import { insertFigures, onFigureProblem, pictureFiles, type FigureProblem } from '../figures/insertFigures.ts';
import { figureTypes } from '../figures/uploadFile.ts';
import { PinyinDialog } from './PinyinDialog.tsx';
import { ToolButton } from './ToolButton.tsx';
import { shortcutLabel } from './shortcutLabel.ts';

interface PinyinTarget {
  characters: string;
  annotation: string;
  editing: boolean;
}

/**
 * The editing bar's tools for real guide content: 上标 / 下标 (Mod-. / Mod-, as in Word),
 * 加点字, 拼音, 公式 (the formula editor), 填空 and 图片 (uploaded to /api/files).
 */
export function ContentTools({ editor, suggesting = false }: { editor: Editor; suggesting?: boolean }) {
  const { t } = useTranslation();
  const [formulaOpen, setFormulaOpen] = useState(false);
  const [pinyin, setPinyin] = useState<PinyinTarget | null>(null);
  const [problem, setProblem] = useState<FigureProblem | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      if (!current) return null;
      const { $from, empty } = current.state.selection;
      return {
        superscript: current.isActive('superscript'),
        subscript: current.isActive('subscript'),
        emphasisDots: current.isActive('emphasisDots'),
        inRuby: $from.parent.type.name === 'ruby',
        canPinyin: $from.parent.type.name === 'ruby' || (!empty && current.can().setRuby('x')),
      };
    },
  });

  useEffect(() => onFigureProblem(editor, setProblem), [editor]);

  if (!state) return null;
  const chain = () => editor.chain().focus();

  const openPinyin = () => {
    const { $from, from, to } = editor.state.selection;
    if ($from.parent.type.name === 'ruby') {
      setPinyin({ characters: $from.parent.textContent, annotation: String($from.parent.attrs.annotation ?? ''), editing: true });
      return;
    }
    setPinyin({ characters: editor.state.doc.textBetween(from, to), annotation: '', editing: false });
  };

  return (
    <>
      {/* Formatting cannot be suggested: in 建议模式 only what adds content is offered. */}
      {!suggesting && (
        <>
      <ToolButton
        label={t('content.toolbar.superscript')}
        shortcut={shortcutLabel('Mod-.')}
        active={state.superscript}
        onClick={() => chain().toggleSuperscript().run()}
      >
        x<sup>2</sup>
      </ToolButton>
      <ToolButton
        label={t('content.toolbar.subscript')}
        shortcut={shortcutLabel('Mod-,')}
        active={state.subscript}
        onClick={() => chain().toggleSubscript().run()}
      >
        x<sub>2</sub>
      </ToolButton>
      <ToolButton
        label={t('content.toolbar.emphasisDots')}
        active={state.emphasisDots}
        onClick={() => chain().toggleEmphasisDots().run()}
      >
        <span className="emphasis-dots">字</span>
      </ToolButton>
      <ToolButton label={t('content.toolbar.pinyin')} active={state.inRuby} disabled={!state.canPinyin} onClick={openPinyin}>
        <ruby className="tool-ruby">
          拼<rt>pīn</rt>
        </ruby>
      </ToolButton>
      <span className="toolbar-separator" aria-hidden="true" />
        </>
      )}
      <ToolButton label={t('content.toolbar.formula')} onClick={() => setFormulaOpen(true)} wide>
        <i className="tool-formula-icon">√x</i> {t('content.toolbar.formulaShort')}
      </ToolButton>
      <ToolButton label={t('content.toolbar.blank')} onClick={() => chain().insertBlank().run()} wide>
        <span className="tool-blank-icon" aria-hidden="true" /> {t('content.toolbar.blankShort')}
      </ToolButton>
      <ToolButton label={t('content.toolbar.figure')} onClick={() => fileInput.current?.click()} wide>
        🖼 {t('content.toolbar.figureShort')}
      </ToolButton>
      <input
        ref={fileInput}
        type="file"
        accept={figureTypes.join(',')}
        multiple
        hidden
        data-testid="figure-file-input"
        onChange={(event) => {
          const files = pictureFiles(event.target.files);
          event.target.value = '';
          if (files.length > 0) void insertFigures(editor, files);
        }}
      />
      {problem && (
        <span className="content-tools-problem" role="alert">
          {t(problem.key, { name: problem.fileName, detail: problem.detail ?? '' })}
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => setProblem(null)}>
            ×
          </button>
        </span>
      )}
      <FormulaEditorDialog
        open={formulaOpen}
        editing={false}
        initialLatex=""
        initialDisplay={false}
        onSubmit={({ latex, display }) => {
          setFormulaOpen(false);
          const node = display ? { type: 'blockMath', attrs: { latex } } : { type: 'inlineMath', attrs: { latex } };
          chain().insertContent(node).run();
        }}
        onClose={() => {
          setFormulaOpen(false);
          editor.commands.focus();
        }}
      />
      {pinyin && (
        <PinyinDialog
          characters={pinyin.characters}
          annotation={pinyin.annotation}
          editing={pinyin.editing}
          onSubmit={(annotation) => {
            setPinyin(null);
            chain().setRuby(annotation).run();
          }}
          onRemove={() => {
            setPinyin(null);
            chain().unsetRuby().run();
          }}
          onClose={() => setPinyin(null)}
        />
      )}
    </>
  );
}
