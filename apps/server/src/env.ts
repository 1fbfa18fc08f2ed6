import { z } from 'zod';

// An environment variable that is present but empty means "not set": shells and compose
// files often write `DATABASE_URL=` to switch a value off (the browser tests do exactly that).
const unsetWhenEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalUrl = (protocols: RegExp, message: string) =>
  z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .trim()
      .refine((value) => URL.canParse(value) && protocols.test(new URL(value).protocol), {
        error: message,
      })
      .optional(),
  );

const booleanFlag = z.preprocess(
  unsetWhenEmpty,
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      error: 'Use true or false.',
    })
    .default('false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes'),
);

/**
 * The server's environment, validated once at start-up. Secrets have no defaults: without
 * ADMIN_EMAIL/ADMIN_PASSWORD the server generates a password and prints it once.
 */
export const Env = z
  .object({
    PORT: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(0).max(65_535).default(3000)),
    /** The interface to listen on; behind a reverse proxy, `127.0.0.1`. */
    HOST: z.preprocess(
      unsetWhenEmpty,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9.:-]+$/, { error: 'Use an IP address or a host name.' })
        .default('0.0.0.0'),
    ),
    DATA_DIR: z.preprocess(unsetWhenEmpty, z.string().default('./.data')),
    DATABASE_URL: optionalUrl(/^postgres(ql)?:$/, 'Use a postgres:// or postgresql:// URL.'),
    ADMIN_EMAIL: z.preprocess(
      unsetWhenEmpty,
      z
        .string()
        .trim()
        .toLowerCase()
        .pipe(z.email({ error: 'Use a valid e-mail address.' }))
        .optional(),
    ),
    ADMIN_PASSWORD: z.preprocess(
      unsetWhenEmpty,
      z.string().min(12, { error: 'Use at least 12 characters.' }).optional(),
    ),
    SMTP_URL: optionalUrl(/^smtps?:$/, 'Use an smtp:// or smtps:// URL.'),
    /** The sender of every message, e.g. `Jamsessies <jamsessies@beweging.example>`. */
    MAIL_FROM: z.preprocess(
      unsetWhenEmpty,
      z
        .string()
        .trim()
        .max(200, { error: 'Use at most 200 characters.' })
        .refine((value) => /^[^\r\n<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/.test(value), {
          error: 'Use an address, or a name and <address>.',
        })
        .optional(),
    ),
    PUBLIC_BASE_URL: optionalUrl(/^https?:$/, 'Use an http:// or https:// URL.'),
    TRUST_PROXY: booleanFlag,
    /** `true`: answer `GET /metrics` (Prometheus). Keep it off the proxy: see the README. */
    METRICS: booleanFlag,
    /** The lowest level written: fatal, error, warn, info (default), debug, trace or silent. */
    LOG_LEVEL: z.preprocess(
      unsetWhenEmpty,
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          error: 'Use fatal, error, warn, info, debug, trace or silent.',
        })
        .default('info'),
    ),
    /** `json` (one object per line) or `pretty` (short lines); default pretty on a terminal. */
    LOG_FORMAT: z.preprocess(
      unsetWhenEmpty,
      z.enum(['json', 'pretty'], { error: 'Use json or pretty.' }).optional(),
    ),
    /** `development` adds stack traces to unexpected API errors; unset (the default) hides them. */
    NODE_ENV: z.preprocess(
      unsetWhenEmpty,
      z.enum(['development', 'production', 'test']).optional(),
    ),
  })
  .refine((env) => (env.ADMIN_EMAIL === undefined) === (env.ADMIN_PASSWORD === undefined), {
    error: 'Set ADMIN_EMAIL and ADMIN_PASSWORD together, or neither.',
    path: ['ADMIN_EMAIL'],
  })
  .transform((env) => ({
    ...env,
    /** The public origin without a trailing slash: absolute links in feeds and mail. */
    baseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  }));
/** The validated environment, plus the derived `baseUrl`. */
export type Env = z.infer<typeof Env>;

/** Thrown when the environment is invalid; the message names variables, never their values. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/**
 * Reads and validates the environment. The message of a failure lists each variable and what
 * is wrong with it, without echoing values (ADMIN_PASSWORD must never reach a log).
 *
 * @example
 * const env = readEnv(); // process.env
 * const testEnv = readEnv({ PORT: '0', DATABASE_URL: '' });
 */
export function readEnv(
  source: NodeJS.ProcessEnv = process.env,
  onTerminal: boolean = process.stdout.isTTY === true,
): Env {
  const result = Env.safeParse(source);
  if (result.success) {
    // A person at a terminal reads lines; a service manager or collector gets JSON.
    return {
      ...result.data,
      LOG_FORMAT: result.data.LOG_FORMAT ?? (onTerminal ? 'pretty' : 'json'),
    };
  }
  const lines = result.error.issues.map(
    (issue) => `- ${issue.path.join('.') || 'environment'}: ${issue.message}`,
  );
  throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
}
