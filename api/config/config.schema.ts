import { z } from 'zod';
import { DEV_JWT_SECRET, weakSecretReason } from './secret-strength';

/**
 * Every environment variable the api and the worker read, validated once at start.
 * A bad value stops start-up with a message naming the variable (see validateConfig).
 * docker/compose.yaml is checked against this schema by test/unit/docker-compose.test.ts.
 */
const intFromEnv = (def: number, min = 1) => z.coerce.number().int().min(min).default(def);

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: intFromEnv(3000).pipe(z.number().max(65535)),
    /** Address the HTTP server binds to. */
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is required (postgres://user:password@host:port/db)' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[^\s:]+:\d+$/, 'TEMPORAL_ADDRESS must be host:port')
      .default('localhost:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().min(1).default('mentorflow'),
    /** Base URL of the Temporal Web UI; the console deep-links workflows there. */
    TEMPORAL_UI_URL: z.url().default('http://localhost:8233'),
    /** Path of the prebuilt workflow bundle; when unset the worker bundles workflows/ at start. */
    WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').default(DEV_JWT_SECRET),
    JWT_EXPIRES_IN_SECONDS: intFromEnv(8 * 3600),
    LOGIN_THROTTLE_LIMIT: intFromEnv(5),
    LOGIN_THROTTLE_TTL_SECONDS: intFromEnv(60),
    /** Comma-separated origins allowed by CORS ("*" for any). */
    CORS_ORIGIN: z.string().min(1).default('*'),
    LOG_FORMAT: z.enum(['json', 'text']).default('json'),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    /**
     * How long a write (workflow update, signal, start) waits for Temporal before the API answers
     * 503 with Retry-After; a retry with the same Idempotency-Key then returns the outcome.
     */
    WRITE_TIMEOUT_MS: intFromEnv(10_000, 100).pipe(z.number().max(120_000, 'WRITE_TIMEOUT_MS must be at most 120000')),
    /** When set, the api also serves the built console from this folder at "/". */
    ADMIN_DIST_DIR: z.string().min(1).optional(),
    /** Create the demo users (one per role) on first start. */
    SEED_DEMO_USERS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    DEMO_PASSWORD: z.string().min(12, 'DEMO_PASSWORD must be at least 12 characters').default('mentorflow-demo'),
    /** Optional e-mail for notifications, e.g. smtp://user:password@mail.example.org:587 */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL')
      .optional(),
    SMTP_FROM: z.string().min(3).default('Mentorflow <no-reply@mentorflow.local>'),
    /** Connection, greeting and (doubled) socket timeout of the SMTP client: a stalled server is given up on quickly. */
    SMTP_TIMEOUT_MS: intFromEnv(5000, 100),
    /** First retry delay of a mail that failed (doubles per attempt, at most an hour). */
    EMAIL_RETRY_BASE_MS: intFromEnv(5000, 50),
    /** How often the worker's e-mail outbox looks for mail that is due (new mail is sent at once). */
    EMAIL_OUTBOX_INTERVAL_MS: intFromEnv(2000, 100),
    /** Programs continue as new once a run's history holds this many events (Temporal also suggests it, at about 4,000). */
    WORKFLOW_HISTORY_EVENT_LIMIT: z.coerce.number().int().min(50).optional(),
    /**
     * Workflows the worker keeps in its sticky cache; bounds its memory (with 1,000 open programs:
     * about 340-440 MB at 250, see npm run bench). Evicted programs replay from history when they act.
     */
    WORKER_MAX_CACHED_WORKFLOWS: intFromEnv(100, 0),
    /** Largest upload accepted (evidence, attendance sheets, resources), in bytes; files are kept in PostgreSQL. */
    FILE_MAX_BYTES: intFromEnv(10 * 1024 * 1024, 1024).pipe(
      z.number().max(100 * 1024 * 1024, 'FILE_MAX_BYTES must be at most 104857600 (100 MB)'),
    ),
    /** Where people open the console; used for links in e-mails. */
    PUBLIC_URL: z.url().default('http://localhost:3000'),
    /** How long an invitation link of a CSO member stays valid (issue 12). */
    INVITATION_TTL_HOURS: intFromEnv(168).pipe(z.number().max(24 * 90, 'INVITATION_TTL_HOURS must be at most 2160 (90 days)')),
  })
  .superRefine((cfg, ctx) => {
    const weak = cfg.NODE_ENV === 'production' ? weakSecretReason(cfg.JWT_SECRET) : null;
    if (weak) ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: `JWT_SECRET ${weak}` });
  });

export type AppConfig = z.infer<typeof configSchema>;

/** Parses the environment or throws one error listing every bad variable by name. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
}
