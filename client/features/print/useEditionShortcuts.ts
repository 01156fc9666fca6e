import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { printPageUrl, type DocxTarget } from './printApi.ts';

/** How long 已自动保存 stays on screen after Ctrl+S. */
const savedNoteMs = 2500;

/**
 * The keys teachers press out of habit in an open guide or class copy: Ctrl+S (⌘S) shows that
 * every change is saved already instead of the browser's "save page" dialog, and Ctrl+P (⌘P)
 * opens the print preview, where the 学生版 / 教师版 is chosen, instead of printing the editor
 * with its answers and controls. Returns whether the saved note is showing.
 */
export function useEditionShortcuts(target: DocxTarget): boolean {
  const navigate = useNavigate();
  const [savedShownAt, setSavedShownAt] = useState<number | null>(null);
  const url = printPageUrl(target, 'student');

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        setSavedShownAt(Date.now());
      } else if (key === 'p') {
        event.preventDefault();
        void navigate(url);
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [navigate, url]);

  useEffect(() => {
    if (savedShownAt === null) return;
    const timer = window.setTimeout(() => setSavedShownAt(null), savedNoteMs);
    return () => window.clearTimeout(timer);
  }, [savedShownAt]);

  return savedShownAt !== null;
}
