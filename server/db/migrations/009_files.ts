import type { Kysely } from 'kysely';

/**
 * Pictures in guides (figures): the bytes themselves, kept in the database so that every
 * instance on a shared Postgres serves them. Content-addressed by SHA-256 within a school: the
 * same bytes uploaded twice are one row, and a school only ever reads its own rows.
 */
export async function up(db: Kysely<unknown>, binary: 'blob' | 'bytea'): Promise<void> {
  await db.schema
    .createTable('files')
    /** Lowercase hex SHA-256 of the bytes. */
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('school_id', 'text', (column) => column.notNull().references('schools.id'))
    /** The type read from the bytes (image/png, image/jpeg, image/gif, image/webp). */
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('size', 'integer', (column) => column.notNull())
    .addColumn('bytes', binary, (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('files_pk', ['sha256', 'school_id'])
    .execute();
}
