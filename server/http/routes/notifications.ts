import { Hono } from 'hono';
import { markReadBodySchema, notificationSettingsSchema } from '../../../shared/schemas/notification.ts';
import { findMutedKinds, listNotifications, markNotificationsRead, saveMutedKinds } from '../../notifications/notificationStore.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** A teacher's inbox: GET the newest, POST /read marks some or all read, /settings the kinds they want. */
export function notificationRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  routes.get('/', async (context) => {
    const user = requireUser(context);
    return context.json(await listNotifications(db, user.id));
  });

  routes.post('/read', signedIn, jsonBody(markReadBodySchema), async (context) => {
    const user = requireUser(context);
    const count = await markNotificationsRead(db, user.id, context.req.valid('json').ids);
    return context.json({ ok: true as const, count });
  });

  routes.get('/settings', async (context) => {
    const user = requireUser(context);
    return context.json({ muted: await findMutedKinds(db, user.id) });
  });

  routes.put('/settings', signedIn, jsonBody(notificationSettingsSchema), async (context) => {
    const user = requireUser(context);
    const { muted } = context.req.valid('json');
    await saveMutedKinds(db, user.id, muted);
    return context.json({ muted: await findMutedKinds(db, user.id) });
  });

  return routes;
}
