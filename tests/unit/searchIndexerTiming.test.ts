import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../server/db/schema.ts';
import { SearchIndexer } from '../../server/search/searchIndexer.ts';

/**
 * When the search text of a changed document is read again: 800 ms after its last change, but
 * no later than 4 s after the first change not yet indexed while teachers type on. Only the
 * timing is under test here (the reads themselves are counted, not run); the integration test
 * search.test.ts finds what was typed.
 */
describe('search indexing timing', () => {
  let indexer: SearchIndexer;
  let reads: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    indexer = new SearchIndexer({} as Kysely<Database>, { loadMerged: () => Promise.resolve(null) });
    reads = [];
    vi.spyOn(indexer, 'index').mockImplementation((docName: string) => {
      reads.push(`${docName}@${Date.now()}`);
      return Promise.resolve();
    });
    vi.setSystemTime(0);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads a document once, 800 ms after its last change', () => {
    indexer.touched('guide:a');
    vi.advanceTimersByTime(500);
    indexer.touched('guide:a');
    vi.advanceTimersByTime(500);
    expect(reads).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(reads).toEqual(['guide:a@1300']);
    vi.advanceTimersByTime(5000);
    expect(reads).toEqual(['guide:a@1300']);
  });

  it('reads a document typed into without a pause every 4 s', () => {
    // A change every 100 ms for 9 s, then quiet.
    for (let at = 0; at < 9000; at += 100) {
      indexer.touched('guide:a');
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1000);
    expect(reads).toEqual(['guide:a@4000', 'guide:a@8000', 'guide:a@9700']);
  });

  it('keeps documents apart, and ignores names that are not documents', () => {
    indexer.touched('guide:a');
    vi.advanceTimersByTime(400);
    indexer.touched('copy:b');
    indexer.touched('inbox:user-1');
    vi.advanceTimersByTime(2000);
    expect(reads).toEqual(['guide:a@800', 'copy:b@1200']);
  });
});
