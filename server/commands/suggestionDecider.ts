import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  commentsInMovedNodes,
  reanchorMovedComments,
  type AnchoredComment,
  type MovedCommentAnchor,
  type MovedCommentPlace,
} from '../../shared/comments/movedCommentAnchors.ts';
import { listSuggestions, type OpenSuggestion } from '../../shared/suggestions/listSuggestions.ts';
import { resolveSuggestions } from '../../shared/suggestions/resolveSuggestions.ts';
import { guideDocName } from '../../shared/schemas/documentName.ts';
import { broadcastCommentsChanged } from '../collab/broadcastCommentsChanged.ts';
import { editLiveDocument } from '../collab/editLiveDocument.ts';
import { listGuideComments, setCommentAnchor } from '../db/repos/comments.ts';
import { insertSuggestionDecisions } from '../db/repos/suggestionDecisions.ts';
import { authorizeGuide } from '../authorization.ts';
import { notFound } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { suggestionsDecided } from '../notifications/guideEvents.ts';

/** Which suggestions to decide: one by id, all of one author's, or all. */
export type SuggestionTarget = { id: string } | { author: string } | { all: true };

export interface SuggestionDeciderProps {
  app: AppContext;
  guideId: string;
  actorId: string;
  decision: 'accept' | 'reject';
  target: SuggestionTarget;
}

function matches(target: SuggestionTarget, suggestion: { id: string; author: string }): boolean {
  if ('id' in target) return suggestion.id === target.id;
  if ('author' in target) return suggestion.author === target.author;
  return true;
}

/**
 * Accepts or rejects suggestions (吸收组员意见). The change is made on the server, in the
 * live document, through the update log, so everyone in the meeting sees it at once and
 * anyone typing meanwhile keeps their text. The outcome is recorded for the meeting record.
 * Returns how many suggestions were decided.
 */
export async function suggestionDecider({ app, guideId, actorId, decision, target }: SuggestionDeciderProps): Promise<number> {
  const { db } = app.database;
  await authorizeGuide(db, actorId, guideId, 'decideSuggestions');

  // Threads anchored in a block that an accepted move takes away follow it to its new place.
  const comments: AnchoredComment[] =
    decision === 'accept'
      ? (await listGuideComments(db, guideId)).flatMap((row) =>
          row.parent_id === null && row.anchor_from && row.anchor_to ? [{ id: row.id, anchor: { from: row.anchor_from, to: row.anchor_to } }] : [],
        )
      : [];
  let decided: OpenSuggestion[] = [];
  let movedPlaces: MovedCommentPlace[] = [];
  let movedAnchors: MovedCommentAnchor[] = [];
  await editLiveDocument(
    app,
    guideDocName(guideId),
    { userId: actorId, reason: 'suggestion' },
    (current: ProseMirrorNode, _schema, doc) => {
      decided = listSuggestions(current).filter((suggestion) => matches(target, suggestion));
      if (decided.length === 0) return null;
      const moves = new Set(decided.filter((suggestion) => suggestion.kind === 'move').map((suggestion) => suggestion.id));
      movedPlaces = commentsInMovedNodes(doc, current, comments, moves);
      return resolveSuggestions(current, (_kind, attrs) => (matches(target, attrs) ? decision : null));
    },
    (doc) => {
      movedAnchors = reanchorMovedComments(doc, movedPlaces);
    },
  );
  if (decided.length === 0 && 'id' in target) throw notFound('Suggestion');
  for (const moved of movedAnchors) {
    await setCommentAnchor(db, moved.commentId, { from: moved.anchor.from, to: moved.anchor.to, blockId: moved.blockId });
  }
  if (movedAnchors.length > 0) broadcastCommentsChanged(app.hocuspocus, guideId);

  const now = new Date().toISOString();
  await insertSuggestionDecisions(
    db,
    decided.map((suggestion) => ({
      guide_id: guideId,
      suggestion_id: suggestion.id,
      kind: suggestion.kind,
      author_id: suggestion.author,
      text: suggestion.text,
      block_id: suggestion.blockId,
      block_title: suggestion.blockTitle,
      suggested_at: suggestion.createdAt,
      decision: decision === 'accept' ? 'accepted' : 'rejected',
      decided_by: actorId,
      decided_at: now,
    })),
  );
  await suggestionsDecided(app, guideId, actorId, decision, decided.map((suggestion) => suggestion.author));
  return new Set(decided.map((suggestion) => suggestion.id)).size;
}
