import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OpenSuggestion } from '../../../shared/suggestions/listSuggestions.ts';
import { mayDecideSuggestions } from '../../../shared/workflow/transitions.ts';
import { decideAllSuggestions, decideSuggestion } from '../../api/suggestionsApi.ts';
import { colorForUser } from '../../editor/collab/colorForUser.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';
import type { ReviewPanelProps } from '../review/reviewPanelProps.ts';
import { useMemberNames } from './useMemberNames.ts';
import { useOpenSuggestions } from './useOpenSuggestions.ts';
import { SuggestionWhat } from './SuggestionWhat.tsx';
import { isBlockKind } from '../../../shared/editor/blockKinds.ts';
import './suggestions.css';

type Decision = 'accept' | 'reject';

/**
 * 修改建议: every open suggestion in the guide, live. The leader and the lead drafter accept
 * or reject one, one teacher's, or all (吸收组员意见); the others see the list.
 */
export function SuggestionsPanel({ guide, editor }: ReviewPanelProps) {
  const { t } = useTranslation();
  const suggestions = useOpenSuggestions(editor);
  const names = useMemberNames(guide.groupId);
  const [error, setError] = useState<string | null>(null);
  const mayDecide = mayDecideSuggestions(guide.stage, guide.myRoles);
  const decide = useMutation({
    mutationFn: (request: { decision: Decision; id?: string; author?: string }) =>
      request.id
        ? decideSuggestion(guide.id, request.id, request.decision)
        : decideAllSuggestions(guide.id, request.decision, request.author),
    onMutate: () => setError(null),
    onError: (failure: Error) => setError(t('suggestions.decideFailed', { message: failure.message })),
  });

  const inReview = guide.stage === 'review' || guide.stage === 'revising';
  if (!inReview && suggestions.length === 0) return null;
  const ids = new Set(suggestions.map((suggestion) => suggestion.id));
  const authors = [...new Set(suggestions.map((suggestion) => suggestion.author))];
  const nameOf = (author: string) => names.get(author) ?? t('suggestions.unknownAuthor');

  const decideMany = (decision: Decision, author?: string) => {
    const count = author ? new Set(suggestions.filter((s) => s.author === author).map((s) => s.id)).size : ids.size;
    const action = t(decision === 'accept' ? 'suggestions.accept' : 'suggestions.reject');
    if (!window.confirm(t('suggestions.confirmAll', { action, count }))) return;
    decide.mutate({ decision, author });
  };

  const nodeLabel = (node: string) =>
    isBlockKind(node) ? t('suggestions.nodes.block') : t(`suggestions.nodes.${node}`, { defaultValue: node });

  const show = (suggestion: OpenSuggestion) => {
    if (!editor) return;
    editor.chain().setTextSelection({ from: suggestion.from, to: suggestion.to }).scrollIntoView().run();
  };

  return (
    <section className="side-panel suggestions-panel" aria-labelledby="suggestions-title" data-testid="suggestions-panel">
      <h2 id="suggestions-title" className="side-panel-title">
        {t('suggestions.title')}
        {ids.size > 0 && <span className="side-panel-count">{t('suggestions.count', { count: ids.size })}</span>}
      </h2>
      {suggestions.length === 0 ? (
        <p className="side-panel-note">
          {t('suggestions.empty')}
          <br />
          {t('suggestions.emptyHint')}
        </p>
      ) : (
        <>
          {mayDecide && (
            <div className="suggestion-bulk">
              <button type="button" className="button button-small" disabled={decide.isPending} onClick={() => decideMany('accept')}>
                {t('suggestions.acceptAll')}
              </button>
              <button type="button" className="button button-small" disabled={decide.isPending} onClick={() => decideMany('reject')}>
                {t('suggestions.rejectAll')}
              </button>
              {authors.length > 1 &&
                authors.map((author) => (
                  <span key={author} className="suggestion-author-actions">
                    <button type="button" className="button-link" disabled={decide.isPending} onClick={() => decideMany('accept', author)}>
                      {t('suggestions.acceptAuthor', { name: nameOf(author) })}
                    </button>
                    <button type="button" className="button-link" disabled={decide.isPending} onClick={() => decideMany('reject', author)}>
                      {t('suggestions.rejectAuthor', { name: nameOf(author) })}
                    </button>
                  </span>
                ))}
            </div>
          )}
          <ol className="suggestion-list">
            {suggestions.map((suggestion) => (
              <li
                key={suggestion.id}
                className={`suggestion-item is-${suggestion.kind}`}
                data-suggestion-id={suggestion.id}
                data-kind={suggestion.kind}
                style={{ ['--suggest-color' as string]: colorForUser(suggestion.author) }}
              >
                <button type="button" className="suggestion-summary" onClick={() => show(suggestion)}>
                  <span className="suggestion-who">
                    <span className="suggestion-dot" aria-hidden="true" />
                    {nameOf(suggestion.author)} {t(`suggestions.kinds.${suggestion.kind}`)}
                    {suggestion.node && ` ${nodeLabel(suggestion.node)}`}
                  </span>
                  <SuggestionWhat suggestion={suggestion} />
                  <span className="suggestion-meta">
                    {suggestion.blockTitle && t('suggestions.inBlock', { block: suggestion.blockTitle })}
                    {suggestion.createdAt && ` · ${formatDateTime(suggestion.createdAt)}`}
                  </span>
                </button>
                {mayDecide && (
                  <span className="suggestion-actions">
                    <button
                      type="button"
                      className="button button-small button-primary"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ decision: 'accept', id: suggestion.id })}
                    >
                      {t('suggestions.accept')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ decision: 'reject', id: suggestion.id })}
                    >
                      {t('suggestions.reject')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
