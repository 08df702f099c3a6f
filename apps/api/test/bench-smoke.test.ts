import { describe, expect, it } from 'vitest';
import { runBench } from '../bench/bench.js';
import { testDatabaseKind } from './support/database.js';
import { adminUrl } from './support/postgres.js';

/*
 * `pnpm bench` is kept out of the test run (it loads 100,000 archives); this runs its whole code
 * path on a handful, so that it cannot rot. It needs a PostgreSQL server: the hand-written side is
 * postgres.js.
 */
describe.runIf(testDatabaseKind() === 'postgres')('the benchmark, on 200 archives', () => {
  it(
    'loads, serves both sides on one server, and times every piece of work, its floor and under load',
    { timeout: 180_000 },
    async () => {
      const result = await runBench({
        serverUrl: adminUrl(),
        database: `bangfu_bench_smoke_${process.pid}`,
        archives: 200,
        iterations: 2,
        connections: 2,
        seconds: 1,
      });
      expect(result.archives).toBeGreaterThan(150);
      expect(result.rows.statistics_tallies).toBeGreaterThan(0);
      expect(result.results.map((r) => r.work)).toHaveLength(6);
      for (const row of result.results) {
        expect(row.graphql.median, row.work).toBeGreaterThan(0);
        expect(row.hand.median, row.work).toBeGreaterThan(0);
        expect(row.graphql.statements, row.work).toBeGreaterThan(0);
        expect(row.hand.statements, row.work).toBeGreaterThan(0);
        expect(row.floor.median, row.work).toBeGreaterThan(0);
        expect(row.load?.graphql.requests, row.work).toBeGreaterThan(0);
        expect(row.load?.hand.requests, row.work).toBeGreaterThan(0);
      }
    },
  );
});
