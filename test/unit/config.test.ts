import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.factory';
import { validateConfig } from '../../api/config/config.schema';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db' };

describe('configuration validated at start', () => {
  it('fills sensible defaults', () => {
    const c = validateConfig(base);
    expect(c).toMatchObject({
      PORT: 3000,
      TEMPORAL_ADDRESS: 'localhost:7233',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'mentorflow',
      LOG_FORMAT: 'json',
      SEED_DEMO_USERS: false,
    });
  });

  it('names every bad variable in one message', () => {
    const run = () =>
      validateConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', TEMPORAL_ADDRESS: 'no port here', LOG_FORMAT: 'xml' });
    expect(run).toThrow(/Invalid configuration/);
    const message = (() => {
      try {
        run();
      } catch (e) {
        return (e as Error).message;
      }
    })();
    for (const name of ['DATABASE_URL', 'PORT', 'TEMPORAL_ADDRESS', 'LOG_FORMAT']) expect(message).toContain(`${name}:`);
  });

  it('requires DATABASE_URL and a real JWT secret in production', () => {
    expect(() => validateConfig({})).toThrow(/DATABASE_URL/);
    expect(() => validateConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(validateConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).NODE_ENV).toBe('production');
  });

  it('stops the API before it starts anything when a variable is bad', async () => {
    await expect(createApp({ ...base, PORT: '-1' })).rejects.toThrow(/PORT/);
  });
});
