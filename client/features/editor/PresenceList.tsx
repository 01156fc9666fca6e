import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/Avatar.tsx';
import { usePresence } from '../../editor/collab/usePresence.ts';

/** The teachers in this guide right now, each in the colour of their caret. */
export function PresenceList({ provider }: { provider: HocuspocusProvider }) {
  const { t } = useTranslation();
  const users = usePresence(provider);
  if (users.length === 0) return null;

  return (
    <ul className="presence-list" aria-label={t('editor.presence.label')}>
      {users.map((user) => (
        <li key={user.username} className="presence-user" data-username={user.username}>
          <Avatar name={user.name} color={user.color} title={user.name} />
          <span className="presence-name">
            {user.name}
            {user.isSelf && <span className="muted">{t('editor.presence.you')}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
