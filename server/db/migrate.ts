import { Migrator, type Kysely, type Migration } from 'kysely';
import * as initial from './migrations/001_initial.ts';
import * as classCopies from './migrations/002_class_copies.ts';
import * as copyLife from './migrations/003_copy_life.ts';
import * as labelSynonyms from './migrations/004_label_synonyms.ts';
import * as reviewMeeting from './migrations/005_review_meeting.ts';
import * as sessionIdle from './migrations/006_session_idle.ts';
import * as checkOverride from './migrations/007_check_override.ts';
import * as schoolAdmin from './migrations/008_school_admin.ts';
import * as files from './migrations/009_files.ts';
import * as checkSettings from './migrations/010_check_settings.ts';
import * as search from './migrations/011_search.ts';
import * as lineageNotifications from './migrations/012_lineage_notifications.ts';
import * as finalNote from './migrations/013_final_note.ts';
import * as guideTerm from './migrations/014_guide_term.ts';
import * as guideHeader from './migrations/015_guide_header.ts';
import * as schoolTimeZone from './migrations/016_school_time_zone.ts';
import * as searchScopeIndex from './migrations/017_search_scope_index.ts';
import * as blockReuses from './migrations/018_block_reuses.ts';
import type { Dialect } from './client.ts';

/** Brings the database up to the newest schema. Migrations live in code, one file each. */
export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const binary = dialect === 'postgres' ? 'bytea' : 'blob';
  const migrations: Record<string, Migration> = {
    '001_initial': { up: (database) => initial.up(database, binary) },
    '002_class_copies': { up: (database) => classCopies.up(database, binary) },
    '003_copy_life': { up: (database) => copyLife.up(database) },
    '004_label_synonyms': { up: (database) => labelSynonyms.up(database) },
    '005_review_meeting': { up: (database) => reviewMeeting.up(database) },
    '006_session_idle': { up: (database) => sessionIdle.up(database) },
    '007_check_override': { up: (database) => checkOverride.up(database) },
    '008_school_admin': { up: (database) => schoolAdmin.up(database) },
    '009_files': { up: (database) => files.up(database, binary) },
    '010_check_settings': { up: (database) => checkSettings.up(database) },
    '011_search': { up: (database) => search.up(database, dialect) },
    '012_lineage_notifications': { up: (database) => lineageNotifications.up(database) },
    '013_final_note': { up: (database) => finalNote.up(database, binary) },
    '014_guide_term': { up: (database) => guideTerm.up(database) },
    '015_guide_header': { up: (database) => guideHeader.up(database) },
    '016_school_time_zone': { up: (database) => schoolTimeZone.up(database) },
    '017_search_scope_index': { up: (database) => searchScopeIndex.up(database, dialect) },
    '018_block_reuses': { up: (database) => blockReuses.up(database) },
  };
  // Numbers are handed out ahead of time, so a database may have run a later one first.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
