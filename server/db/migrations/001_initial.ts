import type { Kysely } from 'kysely';

/** The first schema: people and groups, guides and their versions, and the Y.Doc store. */
export async function up(db: Kysely<unknown>, binary: 'blob' | 'bytea'): Promise<void> {
  await db.schema
    .createTable('schools')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('username', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('school_id', 'text', (column) => column.notNull().references('schools.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('grade', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('group_members')
    .addColumn('group_id', 'text', (column) => column.notNull().references('groups.id'))
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('role', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('classes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('group_id', 'text', (column) => column.notNull().references('groups.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('teaching_assignments')
    .addColumn('class_id', 'text', (column) => column.notNull().references('classes.id'))
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addPrimaryKeyConstraint('teaching_assignments_pk', ['class_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('guides')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('group_id', 'text', (column) => column.notNull().references('groups.id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('template_id', 'text', (column) => column.notNull())
    .addColumn('lesson_type', 'text', (column) => column.notNull())
    .addColumn('period', 'text')
    .addColumn('unit', 'text')
    .addColumn('period_minutes', 'integer', (column) => column.notNull())
    .addColumn('stage', 'text', (column) => column.notNull())
    .addColumn('lead_drafter_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('reviewer_id', 'text', (column) => column.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('due_date', 'text')
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('guides_group').on('guides').column('group_id').execute();
  await db.schema
    .createTable('guide_versions')
    .addColumn('guide_id', 'text', (column) => column.notNull().references('guides.id'))
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('state', binary, (column) => column.notNull())
    .addColumn('json', 'text', (column) => column.notNull())
    .addColumn('author_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('guide_versions_pk', ['guide_id', 'number'])
    .execute();
  await db.schema
    .createTable('documents')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('state', binary, (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  const postgres = binary === 'bytea';
  await db.schema
    .createTable('doc_updates')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (column) =>
      postgres ? column.primaryKey() : column.primaryKey().autoIncrement(),
    )
    .addColumn('doc_name', 'text', (column) => column.notNull())
    .addColumn('bytes', binary, (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('doc_updates_doc').on('doc_updates').columns(['doc_name', 'id']).execute();
}
