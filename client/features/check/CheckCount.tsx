import type { Severity } from '../../../shared/check/types.ts';
import { lazyComponent } from '../../components/lazyComponent.tsx';

// Comes with the first findings of the live check, which runs once the editor is there
// (useLiveCheck.ts): the page does not carry the check's code.
const CheckCountLink = lazyComponent(() => import('./CheckCountLink.tsx').then((module) => module.CheckCountLink));

/** In the guide's header once the live check has run: nothing before. */
export function CheckCount({ findings }: { findings: readonly { severity: Severity }[] | null }) {
  return findings ? <CheckCountLink findings={findings} /> : null;
}
