import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface AuditRecord {
  schoolId: string;
  actorId: string | null;
  /** A stable id: setup, user.create, user.update, user.deactivate, roster.import, group.create… */
  action: string;
  targetId?: string | null;
  /** One readable line, with names. */
  summary: string;
}

/** Writes one line of the administration's audit log (in the caller's transaction). */
export async function recordAudit(db: Kysely<Database>, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      school_id: record.schoolId,
      actor_id: record.actorId,
      action: record.action,
      target_id: record.targetId ?? null,
      summary: record.summary,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** A school's audit log, newest first. */
export function listAudit(db: Kysely<Database>, schoolId: string, limit = 500) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.action',
      'audit_log.target_id',
      'audit_log.summary',
      'audit_log.created_at',
      'audit_log.actor_id',
      'users.name as actor_name',
    ])
    .where('audit_log.school_id', '=', schoolId)
    .orderBy('audit_log.created_at', 'desc')
    .orderBy('audit_log.id')
    .limit(limit)
    .execute();
}
