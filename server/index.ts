import { parseEnv, type Env } from './env.ts';
import { logger } from './logger.ts';
import { startServer, type RunningServer } from './startServer.ts';

/** Entry point: parse the environment, start, print the address, stop cleanly on signals. */
async function main() {
  let env: Env;
  try {
    env = parseEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'Unhandled rejection'));
  let running: RunningServer;
  try {
    running = await startServer(env);
  } catch (error) {
    logger.fatal({ err: error }, `The server could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  // Printed whatever LOG_LEVEL says: scripts and the tests wait for this line.
  console.log(`listening on http://localhost:${running.port}`);
  const shutdown = async () => {
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
