import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { endApi, startApi, type ApiProcess } from './support/api-process.js';
import { freshDatabase, startCluster } from './support/cluster.js';
import { login, missingArchives, startWriteLoad } from './support/write-load.js';

const cluster = inject('faultCluster');
let first: ApiProcess | undefined;
let second: ApiProcess | undefined;
let databaseUrl: string;

beforeAll(async () => {
  await startCluster(cluster);
  databaseUrl = await freshDatabase(cluster, 'bangfu_fault_stop');
  first = await startApi({ DATABASE_URL: databaseUrl });
});
afterAll(async () => {
  await endApi(first);
  await endApi(second);
});

it('SIGTERM under a write load: stops accepting, finishes what is in flight and exits 0 within 5 s', async () => {
  const server = first!;
  const target = { url: server.url };
  const load = startWriteLoad(target, await login(server.url, 'wenhualu', 'bangfu-demo'), {
    clients: 20,
  });
  try {
    await load.acknowledges(40);
    const signalled = performance.now();
    server.signal('SIGTERM');
    const exit = await server.exited;
    const seconds = (performance.now() - signalled) / 1000;
    console.info(
      `SIGTERM with 20 writing clients: exited ${exit.code} after ${seconds.toFixed(2)} s`,
    );
    expect(exit).toEqual({ code: 0, signal: null });
    expect(seconds).toBeLessThan(5);
  } finally {
    await load.stop();
  }
  const events = server.logs.map((line) => JSON.parse(line) as { event: string });
  expect(events.map((e) => e.event)).toContain('server.stopped');
  // Nothing in flight was cut: the drain let every request finish.
  expect(events.map((e) => e.event)).not.toContain('http.drain_cut');
  expect(await missingArchives(databaseUrl, load.acknowledged)).toEqual([]);
});

it('kill -9 during writes: a new process on the same database serves at once, every acknowledged write is there', async () => {
  second = await startApi({ DATABASE_URL: databaseUrl });
  const target = { url: second.url };
  const token = await login(second.url, 'wenhualu', 'bangfu-demo');
  const load = startWriteLoad(target, token, { clients: 20, firstWorker: 100_000 });
  try {
    await load.acknowledges(40);
    second.signal('SIGKILL');
    expect(await second.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const before = load.acknowledged.length;
    second = await startApi({ DATABASE_URL: databaseUrl });
    target.url = second.url;
    await load.acknowledges(40);
    expect(load.acknowledged.length).toBeGreaterThanOrEqual(before + 40);
  } finally {
    await load.stop();
  }
  console.info(
    `kill -9: ${load.acknowledged.length} writes acknowledged; other answers ${JSON.stringify(Object.fromEntries(load.outcomes))}`,
  );
  expect(await missingArchives(databaseUrl, load.acknowledged)).toEqual([]);
});
