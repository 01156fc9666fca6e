import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

/**
 * The schools a user belongs to: the school of their account and the schools of their groups
 * (teachers added before the school administration existed have only the latter). The account's
 * own school comes first.
 */
export async function findUserSchoolIds(db: Db, userId: string): Promise<string[]> {
  const [user, groups] = await Promise.all([
    db.selectFrom('users').select(['school_id']).where('id', '=', userId).executeTakeFirst(),
    db
      .selectFrom('group_members')
      .innerJoin('groups', 'groups.id', 'group_members.group_id')
      .select(['groups.school_id'])
      .where('group_members.user_id', '=', userId)
      .orderBy('groups.id')
      .execute(),
  ]);
  const ids = [user?.school_id, ...groups.map((group) => group.school_id)].filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}

export interface NewStoredFile {
  sha256: string;
  schoolId: string;
  type: string;
  bytes: Uint8Array;
  createdBy: string;
}

/** Stores a file for a school; the same bytes stored again by the same school leave the first row as it is. */
export async function insertFileOnce(db: Db, file: NewStoredFile): Promise<void> {
  await db
    .insertInto('files')
    .values({
      sha256: file.sha256,
      school_id: file.schoolId,
      type: file.type,
      size: file.bytes.byteLength,
      bytes: file.bytes,
      created_by: file.createdBy,
      created_at: new Date().toISOString(),
    })
    .onConflict((conflict) => conflict.columns(['sha256', 'school_id']).doNothing())
    .execute();
}

/** A file one of these schools stored, with its bytes; undefined when none of them did. */
export async function findSchoolFile(db: Db, sha256: string, schoolIds: string[]) {
  if (schoolIds.length === 0) return undefined;
  return db
    .selectFrom('files')
    .select(['sha256', 'type', 'size', 'bytes'])
    .where('sha256', '=', sha256)
    .where('school_id', 'in', schoolIds)
    .limit(1)
    .executeTakeFirst();
}
