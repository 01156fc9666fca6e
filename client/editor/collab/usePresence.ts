import { useEffect, useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';

export interface PresentUser {
  clientId: number;
  username: string;
  name: string;
  color: string;
  isSelf: boolean;
}

/** The teachers in the document now, from Yjs awareness; one entry per teacher even with two tabs open. */
export function usePresence(provider: HocuspocusProvider | null): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);

  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return undefined;
    const read = () => {
      const byUser = new Map<string, PresentUser>();
      awareness.getStates().forEach((state, clientId) => {
        const user = (state as { user?: Record<string, unknown> }).user;
        if (!user || typeof user.name !== 'string') return;
        const username = typeof user.username === 'string' ? user.username : String(clientId);
        const isSelf = clientId === awareness.clientID;
        const existing = byUser.get(username);
        if (existing && !isSelf) return;
        byUser.set(username, {
          clientId,
          username,
          name: user.name,
          color: typeof user.color === 'string' ? user.color : '#868e96',
          isSelf: isSelf || existing?.isSelf === true,
        });
      });
      const next = [...byUser.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf));
      // Awareness changes with every caret move; the list only when someone comes, goes or is renamed.
      setUsers((previous) => (samePresence(previous, next) ? previous : next));
    };
    // Awareness changes can fire while React renders another component (the editor sets the
    // local user as it is created), so the list is read just after, not inside, that render.
    let active = true;
    const scheduleRead = () => {
      queueMicrotask(() => {
        if (active) read();
      });
    };
    scheduleRead();
    awareness.on('change', scheduleRead);
    return () => {
      active = false;
      awareness.off('change', scheduleRead);
    };
  }, [provider]);

  return users;
}

function samePresence(a: PresentUser[], b: PresentUser[]): boolean {
  return (
    a.length === b.length &&
    a.every((user, index) => {
      const other = b[index];
      return (
        user.clientId === other.clientId &&
        user.username === other.username &&
        user.name === other.name &&
        user.color === other.color &&
        user.isSelf === other.isSelf
      );
    })
  );
}
