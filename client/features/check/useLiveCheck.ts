import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { defaultCheckSettings, type CheckSettings } from '../../../shared/check/settings.ts';
import type { DetailedFinding, GuideCheckFacts } from '../../../shared/check/types.ts';

/** How long typing must pause before the check runs again. */
export const checkDebounceMs = 300;

/**
 * The 体检 of the live document, in the browser: the shared rules run on the editor's JSON a
 * moment after anyone's change (remote ones arrive as editor updates too), with no server
 * round trip while teachers type. Null until the first run. The rules and their messages are a
 * chunk of their own, fetched once there is an editor to check: the page does not wait for them.
 */
export function useLiveCheck(
  editor: Editor | null,
  facts: GuideCheckFacts | null,
  settings: CheckSettings = defaultCheckSettings,
): DetailedFinding[] | null {
  const [findings, setFindings] = useState<DetailedFinding[] | null>(null);
  const factsKey = facts ? JSON.stringify([facts, settings]) : '';

  useEffect(() => {
    if (!editor || !facts) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const run = () => {
      import('../../../shared/check/checkGuide.ts').then(
        ({ checkGuide }) => {
          if (!stopped && !editor.isDestroyed) setFindings(checkGuide(editor.getJSON(), facts, settings).findings);
        },
        // Not fetched (offline before the app was kept): the next change tries again.
        () => undefined,
      );
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(run, checkDebounceMs);
    };
    run();
    editor.on('update', schedule);
    return () => {
      stopped = true;
      clearTimeout(timer);
      editor.off('update', schedule);
    };
    // Facts and settings are compared by value (factsKey): new objects with the same values must not restart the check.
  }, [editor, factsKey]);

  return findings;
}
