import { sql, type Kysely } from 'kysely';

/**
 * The school runs itself (教务处): each user belongs to a school, can be deactivated (a teacher
 * who left), may have to change an initial password at the next login, and carries what the
 * roster said about them (phone, subjects, grades, the classes they teach by name). School-level
 * roles (`admin`) sit beside the group roles; classes know their grade; terms (学期) and an audit
 * log of the administration's actions are new.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('school_id', 'text', (column) => column.references('schools.id')).execute();
  await db.schema.alterTable('users').addColumn('active', 'integer', (column) => column.notNull().defaultTo(1)).execute();
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('phone', 'text').execute();
  /** JSON arrays: subjects (学科), grades (年级, numbers) and class names (任教班级) from the roster. */
  await db.schema.alterTable('users').addColumn('subjects', 'text', (column) => column.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('users').addColumn('grades', 'text', (column) => column.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('users').addColumn('class_names', 'text', (column) => column.notNull().defaultTo('[]')).execute();
  // Teachers from before belong to the school of one of their groups.
  await sql`update users set school_id = (
    select groups.school_id from group_members inner join groups on groups.id = group_members.group_id
    where group_members.user_id = users.id order by groups.id limit 1
  )`.execute(db);

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    /** admin (教务处); being a teacher needs no row. */
    .addColumn('role', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
    .execute();

  await db.schema.alterTable('classes').addColumn('grade', 'integer').execute();
  await sql`update classes set grade = (select groups.grade from groups where groups.id = classes.group_id)`.execute(db);

  await db.schema
    .createTable('terms')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('school_id', 'text', (column) => column.notNull().references('schools.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    /** YYYY-MM-DD, both days included. */
    .addColumn('start_date', 'text', (column) => column.notNull())
    .addColumn('end_date', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('terms_school_name').on('terms').columns(['school_id', 'name']).unique().execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('school_id', 'text', (column) => column.notNull().references('schools.id'))
    .addColumn('actor_id', 'text', (column) => column.references('users.id'))
    /** A stable id of what was done, e.g. user.create, user.deactivate, group.update. */
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('target_id', 'text')
    /** What the action was about, as a short readable line (names, not ids). */
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('audit_log_school_time').on('audit_log').columns(['school_id', 'created_at']).execute();
}
