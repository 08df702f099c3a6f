import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { formatRow, runBench } from './bench.js';

// `pnpm bench [--archives N] [--iterations N] [--keep] [--reuse]`: seeds N demo archives into a database of
// its own on DATABASE_URL's server, then times GraphQL against hand-written SQL (docs/performance.md).
const { values } = parseArgs({
  options: {
    archives: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const archives = Number(values.archives);
const iterations = Number(values.iterations);
if (
  !Number.isInteger(archives) ||
  archives < 1 ||
  !Number.isInteger(iterations) ||
  iterations < 1
) {
  console.error('--archives and --iterations must be positive whole numbers');
  process.exit(2);
}
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
console.info(
  `bench: ${archives} archives, ${iterations} requests per work, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'})`,
);
const result = await runBench({
  serverUrl,
  database: 'bangfu_bench',
  archives,
  iterations,
  keep: values.keep,
  reuse: values.reuse,
  log: console.info,
});
console.info('\nrows:', JSON.stringify(result.rows));
console.info(
  '\nmedian / p95 per request, one client; ratio = GraphQL median ÷ hand-written median',
);
for (const row of result.results) console.info(formatRow(row));
