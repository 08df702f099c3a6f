import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The same API tests run on the embedded PGlite and, when DATABASE_URL names a PostgreSQL server,
// once more against that server (in databases they create and drop themselves). Tests that touch
// no database (the demo generator's) run once.
const shared = {
  include: ['test/**/*.test.ts'],
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
                exclude: ['test/demo/**'],
                env: { BANGFU_TEST_DB: 'postgres', BANGFU_LOG_LEVEL: 'silent' },
              },
            },
          ]
        : []),
    ],
  },
});
