import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { MathfieldElement } from 'mathlive';
import { Dialog } from '../../components/Dialog.tsx';
import { Formula } from './Formula.tsx';
import { formulaPalette, storedLatex, type PaletteItem } from './formulaPalette.ts';
import { useKatex } from './katexLoader.ts';
import { latexError } from './renderLatex.ts';
import { loadMathLive } from './loadMathLive.ts';

export interface FormulaEditorResult {
  latex: string;
  display: boolean;
}

interface FormulaEditorDialogProps {
  open: boolean;
  initialLatex: string;
  initialDisplay: boolean;
  /** Editing a formula already in the document (shows 删除, and no inline/display switch). */
  editing: boolean;
  onSubmit: (result: FormulaEditorResult) => void;
  onRemove?: () => void;
  onClose: () => void;
}

/**
 * 公式编辑器: a MathLive math field (what you see is the formula, no LaTeX needed), a palette
 * of what guides use, and the LaTeX source for those who type it, kept in step both ways, with
 * the formula as it will print (KaTeX). Rendered in a portal so its keys never reach the
 * document's editor.
 */
export function FormulaEditorDialog(props: FormulaEditorDialogProps) {
  const { t } = useTranslation();
  if (!props.open) return null;
  return createPortal(
    <Dialog title={t(props.editing ? 'content.formula.editTitle' : 'content.formula.insertTitle')} open onClose={props.onClose} wide>
      <FormulaEditorBody {...props} />
    </Dialog>,
    document.body,
  );
}

function FormulaEditorBody({ initialLatex, initialDisplay, editing, onSubmit, onRemove, onClose }: FormulaEditorDialogProps) {
  const { t } = useTranslation();
  const [latex, setLatex] = useState(initialLatex);
  const [display, setDisplay] = useState(initialDisplay);
  const [fieldState, setFieldState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const fieldHost = useRef<HTMLDivElement>(null);
  const field = useRef<MathfieldElement | null>(null);
  const source = useRef<HTMLTextAreaElement>(null);
  const cleaned = storedLatex(latex);
  const katex = useKatex();
  const error = useMemo(() => (cleaned ? latexError(cleaned) : null), [cleaned, katex]);

  useEffect(() => {
    let cancelled = false;
    loadMathLive()
      .then((Field) => {
        if (cancelled || !fieldHost.current) return;
        const element = new Field();
        element.className = 'formula-field';
        element.setAttribute('aria-label', t('content.formula.field'));
        // MathLive takes its options once the field is in the page.
        fieldHost.current.replaceChildren(element);
        // The dialog is modal: MathLive's own keyboard and menu would open behind it, so the palette stands in for them.
        element.mathVirtualKeyboardPolicy = 'manual';
        element.menuItems = [];
        element.smartFence = true;
        element.value = initialLatex;
        element.addEventListener('input', () => setLatex(element.getValue('latex')));
        field.current = element;
        setFieldState('ready');
        requestAnimationFrame(() => element.focus());
      })
      .catch((error: unknown) => {
        // The LaTeX field and the palette still work; the reason is for whoever looks into it.
        console.warn('MathLive did not load', error);
        if (!cancelled) setFieldState('failed');
      });
    return () => {
      cancelled = true;
      field.current = null;
    };
  }, [initialLatex, t]);

  const insert = (item: PaletteItem) => {
    const element = field.current;
    if (element) {
      element.executeCommand(['insert', item.insert, { selectionMode: 'placeholder', focus: true }]);
      setLatex(element.getValue('latex'));
      return;
    }
    const textarea = source.current;
    if (!textarea) return;
    const start = textarea.selectionStart;
    const next = latex.slice(0, start) + item.latex + latex.slice(textarea.selectionEnd);
    setLatex(next);
    requestAnimationFrame(() => {
      textarea.focus();
      const caret = start + item.latex.length;
      textarea.setSelectionRange(caret, caret);
    });
  };

  const onSourceChange = (value: string) => {
    setLatex(value);
    const element = field.current;
    if (element && element.getValue('latex') !== value) element.setValue(value, { silenceNotifications: true });
  };

  return (
    <form
      className="formula-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (cleaned) onSubmit({ latex: cleaned, display });
      }}
    >
      <div className="formula-palette" role="toolbar" aria-label={t('content.formula.palette')}>
        {formulaPalette.map((group) => (
          <fieldset key={group.nameKey} className="formula-palette-group">
            <legend>{t(`content.formula.groups.${group.nameKey}`)}</legend>
            {group.items.map((item) => (
              <button
                key={item.nameKey}
                type="button"
                className="formula-palette-button"
                title={t(`content.formula.items.${item.nameKey}`)}
                aria-label={t(`content.formula.items.${item.nameKey}`)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => insert(item)}
              >
                <Formula latex={item.label} />
              </button>
            ))}
          </fieldset>
        ))}
      </div>

      {/* MathLive's element lives in this host; React puts nothing else in it. */}
      <div className="formula-field-host" ref={fieldHost} data-state={fieldState} hidden={fieldState === 'failed'} />
      {fieldState === 'loading' && <p className="muted">{t('content.formula.loading')}</p>}
      {fieldState === 'failed' && <p className="muted">{t('content.formula.fieldUnavailable')}</p>}

      <label className="formula-source">
        <span>{t('content.formula.source')}</span>
        <textarea
          ref={source}
          value={latex}
          rows={2}
          spellCheck={false}
          lang="en"
          dir="ltr"
          onChange={(event) => onSourceChange(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </label>

      <div className="formula-preview" aria-live="polite">
        <span className="formula-preview-label">{t('content.formula.preview')}</span>
        {cleaned ? <Formula latex={cleaned} display={display} /> : <span className="muted">{t('content.formula.empty')}</span>}
        {error && (
          <p className="formula-error" role="status">
            {t('content.formula.invalid')}
          </p>
        )}
      </div>

      <div className="dialog-actions formula-actions">
        {!editing && (
          <label className="formula-display-switch">
            <input type="checkbox" checked={display} onChange={(event) => setDisplay(event.target.checked)} />
            {t('content.formula.display')}
          </label>
        )}
        {editing && onRemove && (
          <button type="button" className="button button-danger" onClick={onRemove}>
            {t('content.formula.remove')}
          </button>
        )}
        <span className="toolbar-spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={!cleaned}>
          {t(editing ? 'content.formula.update' : 'content.formula.insert')}
        </button>
      </div>
    </form>
  );
}
