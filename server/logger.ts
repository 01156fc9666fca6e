import { pino, type Logger } from 'pino';

/**
 * The server's log: one JSON line per event on standard output (what a process manager or a
 * log collector reads), at the level LOG_LEVEL sets. Modules take a child with their name.
 */
const levels = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'];
// Read here, before the environment is parsed, so a start-up failure is logged too; a value
// the environment check will refuse falls back to info until then.
const level = levels.includes(process.env.LOG_LEVEL ?? '') ? process.env.LOG_LEVEL! : 'info';

export const logger: Logger = pino({
  level,
  base: { service: 'daoxuean' },
  timestamp: pino.stdTimeFunctions.isoTime,
});
