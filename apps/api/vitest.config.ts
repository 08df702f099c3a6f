import { defineConfig } from 'vitest/config';

// The same API tests run on the embedded PGlite and, when DATABASE_URL names a PostgreSQL server,
// once more against that server (in databases they create and drop themselves).
const shared = {
  include: ['test/**/*.test.ts'],
  globalSetup: ['test/support/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { ...shared, name: 'pglite', env: { BANGFU_TEST_DB: 'pglite' } } },
      ...(process.env.DATABASE_URL
        ? [{ test: { ...shared, name: 'postgres', env: { BANGFU_TEST_DB: 'postgres' } } }]
        : []),
    ],
  },
});
