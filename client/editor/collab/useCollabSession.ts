import { useEffect, useState } from 'react';
import {
  createCollabSession,
  initialCollabState,
  type CollabSession,
  type CollabState,
  type RefusedChange,
} from './collabSession.ts';

export interface CollabSessionHandle {
  session: CollabSession | null;
  state: CollabState;
  /** The last change the server refused (a plain edit from a suggest-only teacher), until dismissed. */
  refused: RefusedChange | null;
  dismissRefused: () => void;
}

/**
 * Opens the document for as long as the component is mounted (one session per docName).
 * When the server refuses a change, this computer's copy holds something the server never
 * accepted: the copy is discarded and the document opened again from the server.
 */
export function useCollabSession(docName: string | null): CollabSessionHandle {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [state, setState] = useState<CollabState>(initialCollabState);
  const [refused, setRefused] = useState<RefusedChange | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!docName) return undefined;
    let reopening = false;
    const created = createCollabSession(
      docName,
      // A patch that changes nothing (every acknowledged keystroke reports saveFailed: false)
      // keeps the same state object, so the page does not render again for it.
      (patch) =>
        setState((previous) =>
          (Object.keys(patch) as (keyof CollabState)[]).every((key) => previous[key] === patch[key]) ? previous : { ...previous, ...patch },
        ),
      (refusal) => {
        setRefused(refusal);
        if (reopening) return;
        reopening = true;
        void created.discardLocalCopy().finally(() => setGeneration((value) => value + 1));
      },
    );
    setSession(created);
    return () => {
      created.destroy();
      setSession(null);
      setState(initialCollabState);
    };
  }, [docName, generation]);

  return { session, state, refused, dismissRefused: () => setRefused(null) };
}
