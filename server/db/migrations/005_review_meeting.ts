import type { Kysely } from 'kysely';

/**
 * The review meeting (集体审稿): comment threads anchored in a guide by Yjs relative
 * positions (kept outside the document), the outcome of every suggestion once the leader
 * decides it (the marks leave the document then), and meetings with their attendance.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('guide_id', 'text', (column) => column.notNull().references('guides.id'))
    /** The thread a reply belongs to; null for the comment that opens a thread. */
    .addColumn('parent_id', 'text', (column) => column.references('comments.id'))
    /** base64 of Y.encodeRelativePosition for the start and end of the commented text. */
    .addColumn('anchor_from', 'text')
    .addColumn('anchor_to', 'text')
    /** The commented text when the thread was opened. */
    .addColumn('quote', 'text')
    .addColumn('block_id', 'text')
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('author_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text', (column) => column.references('users.id'))
    .execute();
  await db.schema.createIndex('comments_guide').on('comments').columns(['guide_id', 'created_at']).execute();

  await db.schema
    .createTable('suggestion_decisions')
    .addColumn('guide_id', 'text', (column) => column.notNull().references('guides.id'))
    .addColumn('suggestion_id', 'text', (column) => column.notNull())
    /** insert | delete */
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('author_id', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('block_id', 'text')
    .addColumn('block_title', 'text')
    .addColumn('suggested_at', 'text')
    /** accepted | rejected */
    .addColumn('decision', 'text', (column) => column.notNull())
    .addColumn('decided_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('decided_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('suggestion_decisions_pk', ['guide_id', 'suggestion_id', 'kind'])
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('guide_id', 'text', (column) => column.notNull().references('guides.id'))
    .addColumn('host_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('started_at', 'text', (column) => column.notNull())
    .addColumn('ended_at', 'text')
    /** The record's editable fields (集体备课活动记录表). */
    .addColumn('location', 'text')
    .addColumn('recorder_id', 'text', (column) => column.references('users.id'))
    .addColumn('topic', 'text')
    .addColumn('division', 'text')
    .addColumn('outcome', 'text')
    .addColumn('absence_notes', 'text')
    .execute();
  await db.schema.createIndex('meetings_guide').on('meetings').columns(['guide_id', 'started_at']).execute();

  await db.schema
    .createTable('meeting_attendance')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('meeting_id', 'text', (column) => column.notNull().references('meetings.id'))
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('joined_at', 'text', (column) => column.notNull())
    .addColumn('left_at', 'text')
    .execute();
  await db.schema.createIndex('meeting_attendance_meeting').on('meeting_attendance').columns(['meeting_id']).execute();
}
