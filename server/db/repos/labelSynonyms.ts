import type { Kysely } from 'kysely';
import { blockKinds, isBlockKind, type BlockKind } from '../../../shared/editor/blockKinds.ts';
import { defaultLabelSynonyms, type LabelSynonyms } from '../../../shared/import/labelMapping.ts';
import type { Database } from '../schema.ts';

/** The table of migration 004, typed here so this feature does not touch the shared schema file. */
type LabelSynonymTables = {
  label_synonyms: {
    school_id: string;
    kind: string;
    labels: string;
    updated_by: string;
    updated_at: string;
  };
};

function withSynonyms(db: Kysely<Database>) {
  return db.withTables<LabelSynonymTables>();
}

/** The kinds a school has its own labels for, with those labels. */
export async function findSchoolSynonyms(db: Kysely<Database>, schoolId: string): Promise<Partial<LabelSynonyms>> {
  const rows = await withSynonyms(db).selectFrom('label_synonyms').select(['kind', 'labels']).where('school_id', '=', schoolId).execute();
  const own: Partial<Record<BlockKind, string[]>> = {};
  for (const row of rows) {
    if (!isBlockKind(row.kind)) continue;
    const labels: unknown = JSON.parse(row.labels);
    if (Array.isArray(labels)) own[row.kind] = labels.filter((label): label is string => typeof label === 'string');
  }
  return own;
}

/** The school's dictionary: its own labels where it has them, the defaults elsewhere. */
export async function effectiveSynonyms(db: Kysely<Database>, schoolId: string): Promise<LabelSynonyms> {
  const own = await findSchoolSynonyms(db, schoolId);
  return Object.fromEntries(blockKinds.map((kind) => [kind, own[kind] ?? defaultLabelSynonyms[kind]])) as LabelSynonyms;
}

/**
 * Replaces a school's dictionary in one transaction: kinds given get exactly these labels,
 * kinds left out go back to the defaults.
 */
export async function replaceSchoolSynonyms(
  db: Kysely<Database>,
  schoolId: string,
  synonyms: Partial<Record<BlockKind, string[]>>,
  userId: string,
): Promise<void> {
  const now = new Date().toISOString();
  await withSynonyms(db)
    .transaction()
    .execute(async (transaction) => {
      await transaction.deleteFrom('label_synonyms').where('school_id', '=', schoolId).execute();
      const rows = Object.entries(synonyms).map(([kind, labels]) => ({
        school_id: schoolId,
        kind,
        labels: JSON.stringify(labels),
        updated_by: userId,
        updated_at: now,
      }));
      if (rows.length > 0) await transaction.insertInto('label_synonyms').values(rows).execute();
    });
}
