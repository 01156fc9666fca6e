import { useEffect, useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/Avatar.tsx';
import { usePresence, type PresentUser } from '../../editor/collab/usePresence.ts';

/**
 * The teachers in this guide right now, each in the colour of their caret. Without a live
 * connection nobody can be seen: the others last seen stay listed, grey, as 未连接.
 */
export function PresenceList({ provider, connected }: { provider: HocuspocusProvider; connected: boolean }) {
  const { t } = useTranslation();
  const live = usePresence(provider);
  const [lastSeen, setLastSeen] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (connected) setLastSeen(live);
  }, [connected, live]);
  const self = live.filter((user) => user.isSelf);
  const users = connected ? live : [...self, ...lastSeen.filter((user) => !user.isSelf)];
  if (users.length === 0) return null;

  return (
    <ul className={connected ? 'presence-list' : 'presence-list is-disconnected'} aria-label={t('editor.presence.label')}>
      {users.map((user) => {
        const away = !connected && !user.isSelf;
        return (
          <li
            key={user.username}
            className={away ? 'presence-user is-away' : 'presence-user'}
            data-username={user.username}
            title={away ? t('editor.presence.away', { name: user.name }) : undefined}
          >
            <Avatar name={user.name} color={away ? '#adb5bd' : user.color} title={user.name} />
            <span className="presence-name">
              {user.name}
              {user.isSelf && <span className="muted">{t('editor.presence.you')}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
