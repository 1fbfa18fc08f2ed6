/**
 * The server process (`npm start`): reads the environment, starts the app, and stops it
 * cleanly on SIGTERM/SIGINT. Everything else lives in `app.ts`, so tests start the same code.
 */
import { ListenError, startApp, type RunningApp } from './app.js';
import { EnvError, readEnv, type Env } from './env.js';
import { createLogger, type Logger } from './observability/logger.js';

/** After a stop signal, give up waiting for open handles after this long. */
const EXIT_DEADLINE_MS = 10_000;

function loadEnv(): Env {
  try {
    return readEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      // Before the environment is known, so the log's own settings are not either.
      createLogger({ level: 'info', format: process.stdout.isTTY ? 'pretty' : 'json' }).error(
        error.message,
      );
      process.exit(1);
    }
    throw error;
  }
}

function handleSignals(app: RunningApp, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C means "now".
      logger.error(`${signal} opnieuw ontvangen: direct stoppen.`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal} ontvangen: de server stopt (received ${signal}, shutting down).`);
    app
      .stop()
      .then(() => {
        process.exitCode = 0;
        // Everything is closed, so Node exits by itself; this timer only catches a handle
        // that some library forgot to close.
        setTimeout(() => {
          logger.error('Er bleef iets open na het stoppen; het proces wordt beëindigd.');
          process.exit(0);
        }, EXIT_DEADLINE_MS).unref();
      })
      .catch((error: unknown) => {
        logger.error('Stoppen mislukt (shutdown failed):', error);
        process.exit(1);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

const env = loadEnv();
const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT ?? 'json' });
const startedAt = performance.now();
try {
  const app = await startApp({ env, logger });
  handleSignals(app, logger);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  logger.info(
    `Jamsessie draait op ${env.baseUrl} (gestart in ${seconds} s; ${env.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${env.DATA_DIR}`}).`,
  );
} catch (error) {
  // A taken port is an operator's everyday mistake: one clear line, no stack trace.
  if (error instanceof ListenError) logger.error(error.message);
  else logger.error('De server kon niet starten (startup failed):', error);
  process.exit(1);
}
