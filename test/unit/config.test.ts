import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.factory';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
    const run = () => validateConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', TEMPORAL_ADDRESS: 'no port here', LOG_FORMAT: 'xml' });
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
    const real = randomBytes(48).toString('base64');
    expect(validateConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: real }).NODE_ENV).toBe('production');
    // 32 random hex characters (openssl rand -hex 16) is the shortest kind people use.
    expect(validateConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: randomBytes(16).toString('hex') }).NODE_ENV).toBe('production');
  });

  it('refuses in production the placeholder of docker/.env.example and low-entropy secrets, naming JWT_SECRET', () => {
    const example = /^JWT_SECRET=(.*)$/m.exec(readFileSync('docker/.env.example', 'utf8'))?.[1] ?? '';
    expect(example.length).toBeGreaterThanOrEqual(32);
    const weak = [
      example,
      'mentorflow-development-secret-change-me-in-production',
      'x'.repeat(40),
      'abababababababababababababababab',
      'passwordpasswordpasswordpassword',
      'please-change-me-' + randomBytes(16).toString('hex'),
    ];
    for (const secret of weak) {
      expect(() => validateConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: secret }), secret).toThrow(/JWT_SECRET/);
    }
    // Development keeps working with its default.
    expect(validateConfig({ ...base, JWT_SECRET: 'x'.repeat(40) }).JWT_SECRET).toBe('x'.repeat(40));
  });

  it('demo password of at least 12 characters', () => {
    expect(validateConfig(base).DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
    expect(() => validateConfig({ ...base, DEMO_PASSWORD: 'mentorflow' })).toThrow(/DEMO_PASSWORD/);
  });

  it('stops the API before it starts anything when a variable is bad', async () => {
    await expect(createApp({ ...base, PORT: '-1' })).rejects.toThrow(/PORT/);
  });
});
