import { searchResponseSchema, type SearchResult } from '../../../shared/schemas/search.ts';
import { apiFetch } from '../../api/apiFetch.ts';

/** The search's words and filters as the URL (and the API) carry them. */
export type SearchParams = Record<'q' | 'subject' | 'grade' | 'lessonType' | 'term' | 'stage' | 'sort', string>;

export const searchParamNames = ['q', 'subject', 'grade', 'lessonType', 'term', 'stage', 'sort'] as const;

export function searchQueryKey(params: URLSearchParams) {
  return ['search', params.toString()] as const;
}

/** GET /api/search with the non-empty parameters. */
export async function fetchSearch(params: URLSearchParams): Promise<SearchResult[]> {
  const query = new URLSearchParams();
  for (const name of searchParamNames) {
    const value = params.get(name)?.trim();
    if (value) query.set(name, value);
  }
  const answer = await apiFetch(`/api/search?${query}`, searchResponseSchema);
  return answer.results;
}

/** Where a result opens: the live guide, the saved version, or the class copy. */
export function resultPath(result: SearchResult): string {
  if (result.kind === 'copy' && result.copyId) return `/copies/${result.copyId}`;
  if (result.kind === 'version' && result.versionNumber !== null) return `/guides/${result.guideId}/versions/${result.versionNumber}`;
  return `/guides/${result.guideId}`;
}
