import { defineConfig } from 'vitest/config';

// Unit tests run in Node (the analysis layer, the data provider, translations); the end-to-end
// suite drives Chromium against the real API server and the built console (`vite build` first).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // expect.poll waits for what it awaits up to a step's time (its default, 1 s, failed on
          // a busy machine while the page was still on its way); it stops as soon as it is true.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
