import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { importActivity } from '../spreadsheets/import-slots.js';

/*
 * Prometheus figures for operators (GET /metrics; docs/operations.md): requests, errors, the
 * database pool and imports, plus the process's own (memory, event-loop delay, GC). One registry
 * per server, so that tests can run several servers in one process.
 */

export interface PoolFigures {
  /** Connections the server may open (BANGFU_DB_POOL; 1 for PGlite). */
  max: number;
  /** Open connections by state as the database reports them (active, idle, idle in transaction). */
  connections(): Promise<Record<string, number>>;
}

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(pool: PoolFigures, databaseUp: () => boolean) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'bangfu_' });
  const registers = [registry];
  const metrics = {
    registry,
    requests: new Counter({
      name: 'bangfu_http_requests_total',
      help: 'HTTP requests answered, by route, method and status',
      labelNames: ['route', 'method', 'status'] as const,
      registers,
    }),
    duration: new Histogram({
      name: 'bangfu_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route',
      labelNames: ['route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    inFlight: new Gauge({
      name: 'bangfu_http_requests_in_flight',
      help: 'HTTP requests being answered now',
      registers,
    }),
    errors: new Counter({
      name: 'bangfu_errors_total',
      help: 'Errors answered to clients, by code (INTERNAL_SERVER_ERROR, DATABASE_UNAVAILABLE, …)',
      labelNames: ['code'] as const,
      registers,
    }),
    uncaught: new Counter({
      name: 'bangfu_uncaught_errors_total',
      help: 'Errors that reached the process (uncaught exceptions, unhandled rejections); logged, not fatal',
      labelNames: ['kind'] as const,
      registers,
    }),
    databaseOutages: new Counter({
      name: 'bangfu_database_outages_total',
      help: 'Times the database became unreachable',
      registers,
    }),
  };
  const imports = importActivity;
  new Counter({
    name: 'bangfu_imports_total',
    help: 'Archive workbook imports by outcome: created, invalid (refused row by row), busy, failed',
    labelNames: ['outcome'] as const,
    registers,
    collect() {
      this.reset();
      for (const [outcome, n] of imports().outcomes) this.inc({ outcome }, n);
    },
  });
  new Counter({
    name: 'bangfu_import_archives_created_total',
    help: 'Archives created by workbook imports',
    registers,
    collect() {
      this.reset();
      this.inc(imports().archivesCreated);
    },
  });
  new Counter({
    name: 'bangfu_import_seconds_total',
    help: 'Time spent reading, checking and writing workbooks',
    registers,
    collect() {
      this.reset();
      this.inc(imports().secondsSpent);
    },
  });
  new Gauge({
    name: 'bangfu_imports_running',
    help: 'Workbook imports in progress',
    registers,
    collect() {
      this.set(imports().running);
    },
  });
  new Gauge({
    name: 'bangfu_database_up',
    help: '1 while the database answers, 0 during an outage',
    registers,
    collect() {
      this.set(databaseUp() ? 1 : 0);
    },
  });
  new Gauge({
    name: 'bangfu_db_pool_max',
    help: 'Connections the server may open to the database',
    registers,
    collect() {
      this.set(pool.max);
    },
  });
  new Gauge({
    name: 'bangfu_db_connections',
    help: "The server's open database connections by state",
    labelNames: ['state'] as const,
    registers,
    async collect() {
      this.reset();
      if (!databaseUp()) return;
      const states = await pool.connections().catch(() => ({}));
      for (const [state, n] of Object.entries(states)) this.set({ state }, n);
    },
  });
  return metrics;
}
