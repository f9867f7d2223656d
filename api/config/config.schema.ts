import { z } from 'zod';

/**
 * Every environment variable the api and the worker read, validated once at start.
 * A bad value stops start-up with a message naming the variable (see validateConfig).
 * docker/compose.yaml is checked against this schema by test/unit/docker-compose.test.ts.
 */
const DEV_JWT_SECRET = 'mentorflow-development-secret-change-me-in-production';

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
    DEMO_PASSWORD: z.string().min(8).default('mentorflow'),
    /** Optional e-mail for notifications, e.g. smtp://user:password@mail.example.org:587 */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
    SMTP_FROM: z.string().min(3).default('Mentorflow <no-reply@mentorflow.local>'),
    /** Where people open the console; used for links in e-mails. */
    PUBLIC_URL: z.url().default('http://localhost:3000'),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.NODE_ENV === 'production' && cfg.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'JWT_SECRET must be set to a secret of your own in production',
      });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

/** Parses the environment or throws one error listing every bad variable by name. */
export function validateConfig(env: Record<string, unknown>): AppConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
}
