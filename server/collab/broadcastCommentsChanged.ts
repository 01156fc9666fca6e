import type { Hocuspocus } from '@hocuspocus/server';
import type { CommentsChangedMessage } from '../../shared/schemas/comment.ts';
import { guideDocName } from '../../shared/schemas/documentName.ts';

/**
 * Tells every open editor of a guide that its comment threads changed, so their 批注 panels
 * fetch them again. broadcastStateless also reaches other instances through the Redis relay.
 */
export function broadcastCommentsChanged(hocuspocus: Hocuspocus, guideId: string): void {
  const message: CommentsChangedMessage = { type: 'comments', guideId };
  hocuspocus.documents.get(guideDocName(guideId))?.broadcastStateless(JSON.stringify(message));
}
