import { z } from 'zod';
import { stages } from '../workflow/stages.ts';
import { lessonTypes } from './template.ts';

/** What a search result is: the living guide, one of its saved versions, or a class copy. */
export const searchKinds = ['guide', 'version', 'copy'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchSorts = ['relevance', 'newest'] as const;

/** GET /api/search: the words, and the filters (all optional). */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, '请输入要搜索的内容').max(100),
  subject: z.string().trim().min(1).max(20).optional(),
  grade: z.coerce.number().int().min(1).max(12).optional(),
  lessonType: z.enum(lessonTypes).optional(),
  /** A term (学期) of the school's, by id. */
  term: z.string().trim().min(1).max(64).optional(),
  stage: z.enum(stages).optional(),
  sort: z.enum(searchSorts).default('relevance'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResultSchema = z.object({
  kind: z.enum(searchKinds),
  /** The guide's, the copy's or, for a version, `<guideId>@<number>`. */
  id: z.string(),
  guideId: z.string(),
  copyId: z.string().nullable(),
  versionNumber: z.number().nullable(),
  title: z.string(),
  /** A stretch of the text around the first match, on one line. */
  snippet: z.string(),
  /** Where the words are in `snippet` and in `title`: [start, end) character offsets. */
  highlights: z.array(z.tuple([z.number(), z.number()])),
  titleHighlights: z.array(z.tuple([z.number(), z.number()])),
  stage: z.enum(stages),
  groupName: z.string(),
  subject: z.string(),
  grade: z.number(),
  lessonType: z.string(),
  /** For a version its label (定稿 v1); for a copy its class. */
  label: z.string().nullable(),
  updatedAt: z.string(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });
export type SearchResponse = z.infer<typeof searchResponseSchema>;
