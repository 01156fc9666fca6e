import type { Editor } from '@tiptap/core';
import type { Guide } from '../../../shared/schemas/guide.ts';
import type { CollabSession } from '../../editor/collab/collabSession.ts';

/** What the review panels beside a live guide get: the guide, its editor once mounted, its session. */
export interface ReviewPanelProps {
  guide: Guide;
  editor: Editor | null;
  session: CollabSession;
}
