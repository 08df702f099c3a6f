import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { endApi, startApi, waitForHealth, type ApiProcess } from './support/api-process.js';
import { freshDatabase, restartCluster, startCluster, stopCluster } from './support/cluster.js';
import { login, missingArchives, startWriteLoad } from './support/write-load.js';

const cluster = inject('faultCluster');
let api: ApiProcess | undefined;
let databaseUrl: string;

beforeAll(async () => {
  await startCluster(cluster);
  databaseUrl = await freshDatabase(cluster, 'bangfu_fault_outage');
  api = await startApi({ DATABASE_URL: databaseUrl });
});
afterAll(async () => {
  await endApi(api);
  await startCluster(cluster);
});

const OUTAGE_MS = 20_000;

async function timed(url: string, init?: RequestInit) {
  const started = performance.now();
  const res = await fetch(url, init);
  const body = (await res.json()) as {
    status?: string;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: res.status, body, ms: performance.now() - started };
}

it('survives restarts and a 20 s stop of PostgreSQL under 20 writing clients: 503 at once meanwhile, back by itself, no acknowledged write lost', async () => {
  const server = api!;
  const token = await login(server.url, 'wenhualu', 'bangfu-demo');
  const load = startWriteLoad(server, token, { clients: 20 });
  const slowest = { health: 0, graphql: 0 };
  try {
    await load.acknowledges(40);
    for (let i = 0; i < 2; i++) {
      await restartCluster(cluster);
      // Service returns by itself: new writes are acknowledged after each restart.
      await load.acknowledges(40);
    }

    await stopCluster(cluster);
    const stoppedAt = performance.now();
    await waitForHealth(server, 503);
    // The test is about this duration: the database stays away for 20 s.
    while (performance.now() - stoppedAt < OUTAGE_MS) {
      const health = await timed(`${server.url}/healthz`);
      const graphql = await timed(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(server.alive()).toBe(true);
      expect(health.status).toBe(503);
      expect(health.body.status).toBe('unavailable');
      expect(graphql.status).toBe(503);
      expect(graphql.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(graphql.body.errors?.[0]?.message).toMatch(/数据库暂时无法连接/);
      slowest.health = Math.max(slowest.health, health.ms);
      slowest.graphql = Math.max(slowest.graphql, graphql.ms);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await startCluster(cluster);
    await waitForHealth(server, 200);
    await load.acknowledges(40);
  } finally {
    await load.stop();
  }
  console.info(
    `outage: ${load.acknowledged.length} writes acknowledged; other answers ${JSON.stringify(Object.fromEntries(load.outcomes))}; slowest answer during the stop: /healthz ${slowest.health.toFixed(0)} ms, GraphQL ${slowest.graphql.toFixed(0)} ms`,
  );
  expect(server.alive()).toBe(true);
  // Fail fast: no request waits on a database that is not there.
  expect(slowest.health).toBeLessThan(1000);
  expect(slowest.graphql).toBeLessThan(1000);
  // Every refusal was a clear 503, never an internal error or a dropped connection.
  expect([...load.outcomes.keys()]).toEqual(
    [...load.outcomes.keys()].filter((k) => k === '503 DATABASE_UNAVAILABLE'),
  );
  expect(await missingArchives(databaseUrl, load.acknowledged)).toEqual([]);
  const events = server.logs.map((line) => JSON.parse(line) as { event: string });
  expect(events.filter((e) => e.event === 'database.unavailable').length).toBeGreaterThanOrEqual(1);
  expect(events.some((e) => e.event === 'database.available')).toBe(true);
  expect(events.filter((e) => e.event.startsWith('process.'))).toEqual([]);
});
