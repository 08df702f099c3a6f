import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The same API tests run on the embedded PGlite and, when DATABASE_URL names a PostgreSQL server,
// once more against that server (in databases they create and drop themselves). Tests that touch
// no database (the demo generator's) run once.
const shared = {
  include: ['test/**/*.test.ts'],
  exclude: ['test/fault/**'],
  globalSetup: ['test/support/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: 'forks' as const,
};

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module); Node loads Pothos' and Apollo's graphql as CJS,
    // so our own imports must get the same copy, or graphql refuses types "from another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: {
          ...shared,
          name: 'pglite',
          env: { BANGFU_TEST_DB: 'pglite', BANGFU_LOG_LEVEL: 'silent' },
        },
      },
      ...(process.env.DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                ...shared,
                name: 'postgres',
                exclude: ['test/demo/**', 'test/fault/**'],
                env: { BANGFU_TEST_DB: 'postgres', BANGFU_LOG_LEVEL: 'silent' },
              },
            },
          ]
        : []),
      // The fault suite runs the API as a child process against a PostgreSQL cluster of its own,
      // which it stops and restarts: after the other suites (less noise on 2 cores), one file at
      // a time. It needs the server binaries and pg_createcluster (PostgreSQL's Debian packages).
      ...(existsSync('/usr/bin/pg_createcluster')
        ? [
            {
              extends: true as const,
              test: {
                name: 'fault',
                include: ['test/fault/**/*.test.ts'],
                globalSetup: ['test/fault/support/cluster-setup.ts'],
                testTimeout: 300_000,
                hookTimeout: 300_000,
                pool: 'forks' as const,
                fileParallelism: false,
                sequence: { groupOrder: 1 },
                env: { BANGFU_LOG_LEVEL: 'silent' },
              },
            },
          ]
        : []),
    ],
  },
});
