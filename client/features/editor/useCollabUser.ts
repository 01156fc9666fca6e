import { useMemo } from 'react';
import { colorForUser } from '../../editor/collab/colorForUser.ts';
import type { CollabUser } from '../../editor/collab/collabUser.ts';
import { useMe } from '../auth/useMe.ts';

/** The logged-in teacher as the other teachers see them in a document (name, caret colour). */
export function useCollabUser(): CollabUser | null {
  const me = useMe();
  return useMemo<CollabUser | null>(() => {
    if (!me.data) return null;
    const { id, username, name } = me.data.user;
    return { id, username, name, color: colorForUser(id) };
  }, [me.data]);
}
