import { Hono } from 'hono';
import { authorizeSchool } from '../../authorization.ts';
import { listAudit } from '../../db/repos/auditLog.ts';
import { adminOnly } from '../adminOnly.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';

/** What the school's administration did, who did it and when (the latest 500). */
export function adminAuditRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;
  routes.use('*', adminOnly(app, 'readAudit'));
  routes.get('/', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'readAudit');
    const rows = await listAudit(db, schoolId);
    return context.json(
      rows.map((row) => ({
        id: row.id,
        actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
        action: row.action,
        targetId: row.target_id,
        summary: row.summary,
        createdAt: row.created_at,
      })),
    );
  });
  return routes;
}
