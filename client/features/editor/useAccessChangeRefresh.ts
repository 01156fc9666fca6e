import { useEffect, useRef, useState } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Stage } from '../../../shared/workflow/stages.ts';
import type { AccessChange } from '../../editor/collab/collabSession.ts';

/** A change announced this close to the teacher's own step is that step's echo. */
const ownStepWindowMs = 5_000;

/**
 * When the server announces a change of access on the open document (a stage change), the
 * page's data is fetched again (stage badge, actions, versions) and the change is kept for
 * the banner until the teacher closes it. The teacher's own step (they just confirmed 定稿)
 * needs no banner: `noteOwnStep` hides its echo, whichever of the two arrives first.
 */
export function useAccessChangeRefresh(change: AccessChange | null, queryKeys: QueryKey[]) {
  const queryClient = useQueryClient();
  const [dismissed, setDismissed] = useState(0);
  const [ownStep, setOwnStep] = useState<{ stage: Stage; at: number } | null>(null);
  const sequence = change?.sequence ?? 0;
  // The keys are rebuilt on every render; only a new change should refresh.
  const keys = useRef(queryKeys);
  useEffect(() => {
    keys.current = queryKeys;
  });

  useEffect(() => {
    if (sequence === 0) return;
    for (const queryKey of keys.current) void queryClient.invalidateQueries({ queryKey });
  }, [sequence, queryClient]);

  const echoOfOwnStep =
    change !== null &&
    ownStep !== null &&
    change.stage === ownStep.stage &&
    Math.abs(change.receivedAt - ownStep.at) < ownStepWindowMs;
  const shown = change && change.sequence > dismissed && !echoOfOwnStep ? change : null;
  return {
    shown,
    dismiss: () => setDismissed(sequence),
    noteOwnStep: (stage: Stage) => setOwnStep({ stage, at: Date.now() }),
  };
}
