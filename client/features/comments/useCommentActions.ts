import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentAnchor } from '../../../shared/comments/anchors.ts';
import {
  createCommentThread,
  reopenComment,
  replyToComment,
  resolveComment,
} from '../../api/commentsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';

/**
 * 批注, 回复, 解决, 重新打开. Each refreshes the list when it succeeds; the other open editors
 * hear of it from the server's notice.
 */
export function useCommentActions(guideId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.guideComments(guideId) });

  const create = useMutation({
    mutationFn: ({ anchor, body }: { anchor: CommentAnchor; body: string }) => createCommentThread(guideId, anchor, body),
    onSuccess: refresh,
  });
  const reply = useMutation({
    mutationFn: ({ threadId, body }: { threadId: string; body: string }) => replyToComment(guideId, threadId, body),
    onSuccess: refresh,
  });
  const setResolved = useMutation({
    mutationFn: ({ threadId, resolved }: { threadId: string; resolved: boolean }) =>
      resolved ? resolveComment(threadId) : reopenComment(threadId),
    onSuccess: refresh,
  });

  return { create, reply, setResolved };
}
