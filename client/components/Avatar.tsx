interface AvatarProps {
  name: string;
  color: string;
  title?: string;
}

/** A round badge with the last character of a Chinese name (王磊 -> 磊), as colleagues call each other. */
export function Avatar({ name, color, title }: AvatarProps) {
  return (
    <span className="avatar" style={{ backgroundColor: color }} title={title ?? name} aria-hidden={title ? undefined : true}>
      {avatarInitial(name)}
    </span>
  );
}

function avatarInitial(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  if (/^[\u3400-\u9fff]+$/.test(trimmed)) return trimmed.slice(-1);
  return trimmed.slice(0, 1).toUpperCase();
}
