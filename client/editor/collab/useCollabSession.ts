import { useEffect, useState } from 'react';
import { createCollabSession, initialCollabState, type CollabSession, type CollabState } from './collabSession.ts';

/** Opens the document for as long as the component is mounted (one session per docName). */
export function useCollabSession(docName: string | null): { session: CollabSession | null; state: CollabState } {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [state, setState] = useState<CollabState>(initialCollabState);

  useEffect(() => {
    if (!docName) return undefined;
    const created = createCollabSession(docName, (patch) => setState((previous) => ({ ...previous, ...patch })));
    setSession(created);
    return () => {
      created.destroy();
      setSession(null);
      setState(initialCollabState);
    };
  }, [docName]);

  return { session, state };
}
