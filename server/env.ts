import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((value) => value === '1' || value === 'true');

/** An empty variable (`DATABASE_URL=`) means the same as an unset one. */
function emptyAsMissing(value: unknown): unknown {
  return value === '' ? undefined : value;
}

/** The environment the server runs with, parsed once at start-up (contract.md names these). */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess(emptyAsMissing, z.string().url().optional()),
  REDIS_URL: z.preprocess(emptyAsMissing, z.string().url().optional()),
  SEED_DEMO: booleanFlag.default(true),
  TEMPLATES_DIR: z.string().min(1).default('./templates'),
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
  /** A WebSocket message larger than this closes that connection (1009) and nothing else. */
  COLLAB_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /**
   * Not yet authenticated WebSocket connections one client address may hold; more are closed
   * with a reason. Authenticated ones do not count (a school behind one NAT shares an address),
   * and neither does an upgrade carrying a valid session cookie.
   */
  COLLAB_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).default(200),
  /** Open editor connections (documents) one user may hold; more are refused with a reason. */
  COLLAB_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).default(50),
  /** A WebSocket that has not authenticated a document within this many ms is closed. */
  COLLAB_AUTH_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /**
   * Output the server may hold for one WebSocket that is not reading it; past this the
   * socket is closed (4008) and its provider reconnects and syncs again.
   */
  COLLAB_MAX_PENDING_OUTPUT_BYTES: z.coerce.number().int().min(64 * 1024).default(4 * 1024 * 1024),
  /**
   * The Word renderer (docx, KaTeX, MathML to OMML) is loaded and run once on a small guide
   * this many ms after the server has started, in the background, so the first export a
   * teacher asks for is as fast as the next ones; 0 leaves it to the first export.
   */
  WORD_EXPORT_WARMUP_MS: z.coerce.number().int().min(0).default(5000),
  /** Compact a document's update log once it holds this many updates. */
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(2).default(500),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** A session unused for this many hours ends, whatever its absolute expiry. */
  SESSION_IDLE_HOURS: z.coerce.number().min(0.001).max(24 * 365).default(72),
  /**
   * Read the client's address from X-Forwarded-For (the address the nearest trusted proxy saw)
   * only when the server runs behind a reverse proxy the operator controls.
   */
  TRUST_PROXY: booleanFlag.default(false),
  /**
   * Origins (scheme://host:port, comma-separated) allowed to send state-changing requests and
   * open editor connections, besides the app's own origin (the Host it is reached at).
   */
  ALLOWED_ORIGINS: z.preprocess(
    emptyAsMissing,
    z
      .string()
      .optional()
      .transform((value) => (value ? value.split(',').map((origin) => origin.trim()).filter(Boolean) : [])),
  ),
  /** SQLite's `synchronous` setting: FULL survives a power cut, NORMAL a process crash. */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
}).superRefine((env, context) => {
  // Instances relayed through Redis must share their document store; separate SQLite files cannot.
  if (env.REDIS_URL && !env.DATABASE_URL) {
    context.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'needs DATABASE_URL (Postgres) shared by every instance' });
  }
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; a bad value stops the server with the variable's name. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
