import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { formatLoad, formatRow, runBench } from './bench.js';

// `pnpm bench [--archives N] [--templates N] [--iterations N] [--connections N [--seconds S]] [--keep] [--reuse] [--peer URL]`: seeds N
// demo archives into a database of its own on DATABASE_URL's server, then times GraphQL against
// hand-written SQL and the database's own execution time (docs/performance.md).
const { values } = parseArgs({
  options: {
    archives: { type: 'string', default: '100000' },
    templates: { type: 'string' },
    iterations: { type: 'string', default: '200' },
    connections: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    peer: { type: 'string' },
  },
});
const archives = Number(values.archives);
const templates = values.templates === undefined ? undefined : Number(values.templates);
const iterations = Number(values.iterations);
const connections = values.connections === undefined ? undefined : Number(values.connections);
const seconds = Number(values.seconds);
const whole = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1);
if (![archives, templates, iterations, connections, seconds].every(whole)) {
  console.error(
    '--archives, --templates, --iterations, --connections and --seconds must be positive whole numbers',
  );
  process.exit(2);
}
// One JSON line per request would bury the table; BANGFU_LOG_LEVEL=info puts them (and their cost) back.
process.env.BANGFU_LOG_LEVEL ??= 'warn';
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
console.info(
  `bench: ${archives} archives, ${iterations} requests per work${connections ? `, then ${connections} clients for ${seconds} s each side` : ''}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
const result = await runBench({
  serverUrl,
  database: 'bangfu_bench',
  archives,
  templates,
  iterations,
  connections,
  seconds,
  keep: values.keep,
  reuse: values.reuse,
  peer: values.peer,
  log: console.info,
});
console.info('\nrows:', JSON.stringify(result.rows));
console.info(
  "\nmedian / p95 per request, one client; statements include the sign-in lookup; floor = the database's" +
    ' execution time of the hand-written statements (EXPLAIN ANALYZE); ×hand and ×floor = GraphQL median ÷ theirs',
);
for (const row of result.results) {
  console.info(formatRow(row));
  if (row.load) console.info(formatLoad(row.load));
}
console.info(
  `load average at the end: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
