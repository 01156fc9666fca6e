/** A Tiptap shortcut (Mod-.) as the teacher's keyboard names it: ⌘. on a Mac, Ctrl+. elsewhere. */
export function shortcutLabel(shortcut: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return shortcut.replace('Mod-', mac ? '⌘' : 'Ctrl+');
}
