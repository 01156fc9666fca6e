import type { Kysely } from 'kysely';
import { parseDocumentName } from '../../shared/schemas/documentName.ts';
import { stateToJson } from '../collab/readDocument.ts';
import type { DocumentStore } from '../db/repos/documentStore.ts';
import type { Database } from '../db/schema.ts';
import { logger } from '../logger.ts';
import { entryScope } from './searchScope.ts';
import { searchText } from './searchText.ts';

const log = logger.child({ module: 'search' });

/** A document is read again this long after its last change... */
const quietMs = 800;
/** ...but no later than this after the first change that is not yet indexed (someone typing on). */
const maxWaitMs = 4000;

type Entry = Database['search_entries'];

/**
 * Keeps the search text (search_entries) up to date as documents change: every update that
 * reaches the update log marks its document, and a moment later (debounced per document) the
 * document's stored state is read once and its text saved. Saved versions are indexed when
 * their guide is; `catchUp` indexes whatever is missing (a database from before search).
 */
export class SearchIndexer {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; firstAt: number; lastAt: number }>();
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: Pick<DocumentStore, 'loadMerged'>,
  ) {}

  /**
   * A document changed: read it again soon. Called for every stored update, so it only notes
   * the time while a read is already due; the timer, when it fires, waits on if the document
   * changed again since (no timer is cleared and set again per keystroke).
   */
  touched(docName: string): void {
    if (this.stopped || !parseDocumentName(docName)) return;
    const now = Date.now();
    const pending = this.pending.get(docName);
    if (pending) {
      pending.lastAt = now;
      return;
    }
    this.pending.set(docName, { timer: this.schedule(docName, quietMs), firstAt: now, lastAt: now });
  }

  /** The read of a pending document, `delay` from now, or later if it is changed again meanwhile. */
  private schedule(docName: string, delay: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      const pending = this.pending.get(docName);
      if (!pending || pending.timer !== timer) return;
      const now = Date.now();
      const due = Math.min(pending.lastAt + quietMs, pending.firstAt + maxWaitMs);
      if (due > now) {
        pending.timer = this.schedule(docName, due - now);
        return;
      }
      this.pending.delete(docName);
      void this.index(docName);
    }, delay);
    timer.unref();
    return timer;
  }

  /** Indexes a document now (after any indexing of it already running). */
  index(docName: string): Promise<void> {
    const previous = this.running.get(docName) ?? Promise.resolve();
    const next = previous
      .then(() => this.indexNow(docName))
      .catch((error: unknown) => log.error({ err: error, docName }, `Indexing ${docName} for search failed`));
    this.running.set(docName, next);
    void next.finally(() => {
      if (this.running.get(docName) === next) this.running.delete(docName);
    });
    return next;
  }

  /** Indexes every pending document at once and stops listening (server shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    const names = [...this.pending.keys()];
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await Promise.all([...names.map((name) => this.index(name)), ...this.running.values()]);
  }

  /** Indexes guides, copies and versions that have no search text yet. */
  async catchUp(): Promise<void> {
    const guides = await this.db
      .selectFrom('guides')
      .select('guides.id')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('search_entries').select('key').whereRef('search_entries.guide_id', '=', 'guides.id').where('search_entries.kind', '=', 'guide'))))
      .execute();
    for (const guide of guides) await this.index(`guide:${guide.id}`);
    const copies = await this.db
      .selectFrom('class_copies')
      .select('class_copies.id')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('search_entries').select('key').whereRef('search_entries.copy_id', '=', 'class_copies.id'))))
      .execute();
    for (const copy of copies) await this.index(`copy:${copy.id}`);
    await this.indexMissingVersions();
  }

  private async indexNow(docName: string): Promise<void> {
    const name = parseDocumentName(docName);
    if (!name) return;
    if (name.kind === 'guide') {
      const guide = await this.db.selectFrom('guides').select(['id', 'title', 'group_id']).where('id', '=', name.id).executeTakeFirst();
      if (!guide) return;
      const body = await this.documentText(docName);
      if (body !== null) {
        await this.save({
          key: docName,
          kind: 'guide',
          guide_id: guide.id,
          copy_id: null,
          version_number: null,
          group_id: guide.group_id,
          scope: entryScope(guide.group_id),
          title: guide.title,
          body,
        });
      }
      await this.indexMissingVersions(guide.id);
      return;
    }
    const copy = await this.db
      .selectFrom('class_copies')
      .innerJoin('guides', 'guides.id', 'class_copies.guide_id')
      .select(['class_copies.id', 'class_copies.guide_id', 'class_copies.owner_id', 'guides.title', 'guides.group_id'])
      .where('class_copies.id', '=', name.id)
      .executeTakeFirst();
    if (!copy) return;
    const body = await this.documentText(docName);
    if (body === null) return;
    await this.save({
      key: docName,
      kind: 'copy',
      guide_id: copy.guide_id,
      copy_id: copy.id,
      version_number: null,
      group_id: copy.group_id,
      scope: entryScope(copy.group_id, copy.owner_id),
      title: copy.title,
      body,
    });
  }

  /** Saved versions never change: each is indexed once, from the JSON kept with it. */
  async indexMissingVersions(guideId?: string): Promise<void> {
    let query = this.db
      .selectFrom('guide_versions')
      .innerJoin('guides', 'guides.id', 'guide_versions.guide_id')
      .select(['guide_versions.guide_id', 'guide_versions.number', 'guide_versions.json', 'guide_versions.created_at', 'guides.title', 'guides.group_id'])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('search_entries')
              .select('key')
              .whereRef('search_entries.guide_id', '=', 'guide_versions.guide_id')
              .whereRef('search_entries.version_number', '=', 'guide_versions.number'),
          ),
        ),
      );
    if (guideId) query = query.where('guide_versions.guide_id', '=', guideId);
    for (const version of await query.execute()) {
      await this.save(
        {
          key: `version:${version.guide_id}:${version.number}`,
          kind: 'version',
          guide_id: version.guide_id,
          copy_id: null,
          version_number: version.number,
          group_id: version.group_id,
          scope: entryScope(version.group_id),
          title: version.title,
          body: searchText(JSON.parse(version.json)),
        },
        version.created_at,
      );
    }
  }

  private async documentText(docName: string): Promise<string | null> {
    const state = await this.store.loadMerged(docName);
    return state ? searchText(stateToJson(state)) : null;
  }

  /** Saves an entry's text; an unchanged text is left alone (the full-text index stays as it is). */
  private async save(entry: Omit<Entry, 'updated_at'>, updatedAt = new Date().toISOString()): Promise<void> {
    const existing = await this.db.selectFrom('search_entries').select(['title', 'body']).where('key', '=', entry.key).executeTakeFirst();
    if (existing && existing.title === entry.title && existing.body === entry.body) return;
    await this.db
      .insertInto('search_entries')
      .values({ ...entry, updated_at: updatedAt })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ title: entry.title, body: entry.body, updated_at: updatedAt }))
      .execute();
  }
}
