// Small line icons drawn in the text colour. Emoji (🔒) are not used: school computers
// often lack an emoji font and show an empty box instead.

export function LockIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
      <path d="M5.2 7V5.2a2.8 2.8 0 0 1 5.6 0V7" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

export function PencilIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
      <path d="M2.5 13.5l.7-3.1 7.6-7.6a1.4 1.4 0 0 1 2 0l.4.4a1.4 1.4 0 0 1 0 2l-7.6 7.6z" fill="currentColor" />
      <path d="M2 14.5h12" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}
