import type { Kysely } from 'kysely';

/**
 * The header of a guide as it is printed (表头): 主备人, 审核人, 授课时间, 学科, 年级, 编写时间,
 * 审批人, 教具 … as a teacher's Word file gives them or as a teacher types them in, kept as JSON
 * beside the guide's own columns (课题, 课型, 课时, 单元). Null until a field is set.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('guides').addColumn('header_fields', 'text').execute();
}
