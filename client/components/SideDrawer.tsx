import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Wide enough for the side panels to stand beside the paper (a projector's 1024 px is). */
const besideQuery = '(min-width: 900px)';

function fitsBeside(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia(besideQuery).matches;
}

/**
 * The side panels (批注, 修改建议, 版本记录…) as a drawer beside the paper: open beside it on a
 * laptop or a projector and folded away on demand to give the guide the whole width; on a
 * phone it slides over the paper from the right. It opens by itself when something in it
 * takes the focus (a new 批注 being written), so the teacher is never sent away from the text.
 */
export function SideDrawer({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(fitsBeside);
  const [beside, setBeside] = useState(fitsBeside);

  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(besideQuery);
    const follow = () => {
      setBeside(query.matches);
      setOpen(query.matches);
    };
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  // Beside the paper the drawer stays in view just under the editing bar, whose height follows
  // the width of the screen (its tools wrap).
  useEffect(() => {
    const bar = document.querySelector<HTMLElement>('.editor-bar');
    if (!bar || typeof ResizeObserver !== 'function') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--editor-bar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--editor-bar-height');
    };
  }, []);

  const classes = ['side-drawer', open ? 'is-open' : 'is-closed', beside ? 'is-beside' : 'is-over'].join(' ');
  return (
    <div className={classes} data-testid="side-drawer">
      <button
        type="button"
        className="side-drawer-toggle"
        aria-expanded={open}
        data-testid="side-drawer-toggle"
        onClick={() => setOpen((current) => !current)}
      >
        {open ? t('drawer.close') : t('drawer.open')}
      </button>
      {!beside && open && <div className="side-drawer-backdrop" aria-hidden="true" onClick={() => setOpen(false)} />}
      {/* Folded away, the panels stay mounted and focusable off screen: a 批注 box that takes the focus opens the drawer. */}
      <div className="side-drawer-body" onFocus={() => setOpen(true)}>
        {children}
      </div>
    </div>
  );
}
