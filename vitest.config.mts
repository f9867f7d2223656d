import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// NestJS needs decorator metadata, which Vite's own TypeScript transform does not emit: SWC does.
const decorators = swc.vite({
  module: { type: 'es6' },
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
});

export default defineConfig({
  plugins: [decorators],
  test: {
    pool: 'forks',
    reporters: ['default'],
    projects: [
      {
        extends: true as const,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/replay/**/*.test.ts'], testTimeout: 60_000 },
      },
      // Workflow timers over months of workflow time on Temporal's time-skipping test server.
      {
        extends: true as const,
        test: { name: 'timeskip', include: ['test/timeskip/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
      },
      // Only on request: RECORD_REPLAY_FIXTURES=1 npx vitest run --project record
      ...(process.env.RECORD_REPLAY_FIXTURES
        ? [
            {
              extends: true as const,
              test: {
                name: 'record',
                include: ['test/replay/**/*.record.ts'],
                globalSetup: ['test/setup/servers.global-setup.ts'],
                testTimeout: 300_000,
                hookTimeout: 180_000,
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // One Temporal dev server and one PostgreSQL for the whole run.
          globalSetup: ['test/setup/servers.global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
