import { z } from 'zod';
import { decideAllResultSchema } from '../../shared/schemas/suggestion.ts';
import { apiFetch } from './apiFetch.ts';

const suggestionsPath = (guideId: string) => `/api/guides/${encodeURIComponent(guideId)}/suggestions`;

/** 接受 / 拒绝 one suggestion; the server changes the live document, so every editor sees it. */
export function decideSuggestion(guideId: string, suggestionId: string, decision: 'accept' | 'reject') {
  return apiFetch(
    `${suggestionsPath(guideId)}/${encodeURIComponent(suggestionId)}/${decision}`,
    z.object({ ok: z.literal(true) }),
    { method: 'POST' },
  );
}

/** 全部接受 / 全部拒绝, or all of one author's. */
export function decideAllSuggestions(guideId: string, decision: 'accept' | 'reject', author?: string) {
  return apiFetch(`${suggestionsPath(guideId)}/${decision}-all`, decideAllResultSchema, {
    method: 'POST',
    body: author ? { author } : {},
  });
}
