import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { logger } from '../logger.ts';
import { ApiError } from '../errors.ts';
import type { AppContext, AppVariables } from './appContext.ts';
import { adminAuditRoutes } from './routes/adminAudit.ts';
import { adminClassRoutes } from './routes/adminClasses.ts';
import { adminGroupRoutes } from './routes/adminGroups.ts';
import { adminTermRoutes } from './routes/adminTerms.ts';
import { adminUserRoutes } from './routes/adminUsers.ts';
import { authRoutes } from './routes/auth.ts';
import { blockReuseRoutes } from './routes/blockReuse.ts';
import { checkRoutes } from './routes/check.ts';
import { commentRoutes } from './routes/comments.ts';
import { copyRoutes } from './routes/copies.ts';
import { copyLifeRoutes } from './routes/copyLife.ts';
import { diffRoutes } from './routes/diff.ts';
import { versionRestoreRoutes } from './routes/versionRestore.ts';
import { adminSchoolRoutes } from './routes/adminSchool.ts';
import { exportRoutes } from './routes/exports.ts';
import { fileRoutes } from './routes/files.ts';
import { termRoutes } from './routes/terms.ts';
import { groupRoutes } from './routes/groups.ts';
import { guideClassRoutes } from './routes/guideClasses.ts';
import { guideRoutes } from './routes/guides.ts';
import { importRoutes } from './routes/imports.ts';
import { labelSynonymRoutes } from './routes/labelSynonyms.ts';
import { meRoutes } from './routes/me.ts';
import { meetingRoutes } from './routes/meetings.ts';
import { reflectionRoutes } from './routes/reflections.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { searchRoutes } from './routes/search.ts';
import { setupRoutes } from './routes/setup.ts';
import { suggestionRoutes } from './routes/suggestions.ts';
import { templateRoutes } from './routes/templates.ts';
import { requestBodyLimits } from './bodyLimits.ts';
import { malformedUrlGuard, requestOriginGuard } from './requestGuards.ts';
import { securityHeaders } from './securityHeaders.ts';
import { sessionMiddleware } from './session.ts';
import { staticClient } from './staticClient.ts';

const log = logger.child({ module: 'http' });

/** The HTTP side: `/api/*` and the built client. */
export function createHttpApp(app: AppContext) {
  const http = new Hono<{ Variables: AppVariables }>();

  http.onError((error, context) => {
    if (error instanceof ApiError) {
      return context.json(
        {
          error: {
            code: error.code,
            message: error.message,
            ...(error.path ? { path: error.path } : {}),
            ...error.details,
          },
        },
        error.status,
      );
    }
    // Hono's own refusals: a JSON body that does not parse (the validator), and the like.
    if (error instanceof HTTPException && error.status < 500) {
      const code = /json/i.test(error.message) ? 'invalid_json' : 'bad_request';
      return context.json({ error: { code, message: error.message } }, error.status);
    }
    log.error({ err: error }, 'Unhandled API error');
    return context.json({ error: { code: 'internal_error', message: 'Something went wrong on the server' } }, 500);
  });

  http.use('*', securityHeaders());
  http.use('*', malformedUrlGuard());
  http.use('*', requestOriginGuard(app.env.ALLOWED_ORIGINS));
  http.use('*', requestBodyLimits());
  http.get('/api/health', (context) => context.json({ ok: true }));
  http.use('/api/*', sessionMiddleware(app));
  http.route('/api/auth', authRoutes(app));
  http.route('/api/me', meRoutes(app));
  // First start and the school's administration (教务处).
  http.route('/api/setup', setupRoutes(app));
  http.route('/api/admin/users', adminUserRoutes(app));
  http.route('/api/admin/groups', adminGroupRoutes(app));
  http.route('/api/admin/classes', adminClassRoutes(app));
  http.route('/api/admin/terms', adminTermRoutes(app));
  http.route('/api/admin/school', adminSchoolRoutes(app));
  http.route('/api/admin/audit', adminAuditRoutes(app));
  http.route('/api/templates', templateRoutes(app));
  http.route('/api/groups', groupRoutes(app));
  http.route('/api/terms', termRoutes(app));
  http.route('/api/guides', guideRoutes(app));
  http.route('/api/copies', copyRoutes(app));
  // Class copies that stay alive: diffs, per-class view, 合并更新, 已上课, harvest, reflections.
  http.route('/api/diff', diffRoutes(app));
  http.route('/api/guides', versionRestoreRoutes(app));
  http.route('/api/guides', guideClassRoutes(app));
  http.route('/api/copies', copyLifeRoutes(app));
  http.route('/api/groups', reflectionRoutes(app));
  http.route('/api', exportRoutes(app));
  http.route('/api/import', importRoutes(app));
  http.route('/api/files', fileRoutes(app));
  http.route('/api/groups', labelSynonymRoutes(app));
  // The review meeting: comment threads and suggestions.
  const comments = commentRoutes(app);
  http.route('/api/guides', comments.guides);
  http.route('/api/comments', comments.comments);
  http.route('/api/guides', suggestionRoutes(app));
  http.route('/api/guides', meetingRoutes(app));
  http.route('/api', checkRoutes(app));
  http.route('/api/search', searchRoutes(app));
  // 从其他导学案复制: a block of another guide, credited.
  http.route('/api', blockReuseRoutes(app));
  http.route('/api/notifications', notificationRoutes(app));
  http.all('/api/*', (context) =>
    context.json({ error: { code: 'not_found', message: `No API route ${context.req.method} ${context.req.path}` } }, 404),
  );
  http.get('*', ...staticClient(app.env.CLIENT_DIR));

  return http;
}
