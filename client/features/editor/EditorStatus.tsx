import type { Editor } from '@tiptap/react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { CollabState } from '../../editor/collab/collabSession.ts';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { MinutesTotal } from './MinutesTotal.tsx';
import { PresenceList } from './PresenceList.tsx';
import { useOnline } from '../../editor/collab/useOnline.ts';

interface EditorStatusProps {
  editor: Editor | null;
  periodMinutes: number;
  collab: CollabState;
  provider: HocuspocusProvider;
}

/** Always in view while writing: the time budget, the connection and who else is here. */
export function EditorStatus({ editor, periodMinutes, collab, provider }: EditorStatusProps) {
  const online = useOnline();
  return (
    <div className="editor-status">
      {editor && <MinutesTotal editor={editor} periodMinutes={periodMinutes} />}
      <ConnectionIndicator collab={collab} />
      <PresenceList provider={provider} connected={online && collab.status === 'connected'} />
    </div>
  );
}
