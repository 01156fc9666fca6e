import type { ReactNode } from 'react';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { ClassCopiesPanel } from '../copies/ClassCopiesPanel.tsx';
import { VersionListPanel } from './VersionListPanel.tsx';
import { finalCount } from './versionKinds.ts';

interface GuideSidePanelProps {
  guide: Guide;
  currentVersion?: number;
  /** Panels that only the live document has (comments, suggestions), shown first. */
  children?: ReactNode;
}

/** Beside the paper: the guide's saved versions and, once it has a final, the class copies. */
export function GuideSidePanel({ guide, currentVersion, children }: GuideSidePanelProps) {
  const hasFinal = finalCount(guide.versions) > 0 || guide.copies.length > 0;
  return (
    <aside className="side-panels">
      {children}
      <VersionListPanel guide={guide} currentVersion={currentVersion} />
      {hasFinal && <ClassCopiesPanel guide={guide} />}
    </aside>
  );
}
