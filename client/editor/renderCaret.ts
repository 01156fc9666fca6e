/** Another teacher's caret: a thin line in their colour with their name above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#868e96';
  const name = typeof user.name === 'string' ? user.name : '';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(label);
  return caret;
}
