import type { MeetingCounts } from '../schemas/meeting.ts';

/**
 * The 成果 line of a meeting record until the leader writes one: the discussion draft
 * (研讨稿) and what became of the meeting's suggestions and comments.
 */
export function defaultMeetingOutcome(counts: MeetingCounts): string {
  const suggestions =
    counts.suggestions === 0
      ? '未提出修改建议'
      : `提出修改建议 ${counts.suggestions} 条，已采纳 ${counts.accepted} 条，未采纳 ${counts.rejected} 条，待处理 ${counts.open} 条`;
  const comments = counts.commentThreads === 0 ? '' : `；批注 ${counts.commentThreads} 条，已解决 ${counts.resolved} 条`;
  return `形成研讨稿。${suggestions}${comments}。`;
}
