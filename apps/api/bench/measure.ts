/** Latencies of one kind of request, and what they add up to. */
export interface Timing {
  median: number;
  p95: number;
  /** Requests per second, one client sending them back to back. */
  throughput: number;
  /** SQL statements the request sent, sign-in lookup included. */
  statements?: number;
}

export function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = samples.reduce((n, s) => n + s, 0);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    throughput: (1000 * samples.length) / total,
  };
}

/**
 * Runs two ways of doing the same work alternately (a, b, floor[, peer], a, b, floor …) after a warm-up,
 * so that they see the same cache and the same background noise: only their ratios are meaningful
 * (±20 % noise on this machine, docs/performance.md). `floor` reports its own time (the database's),
 * not the wall clock's.
 */
export async function compare(
  iterations: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  floor: () => Promise<number>,
  peer?: () => Promise<unknown>,
): Promise<{ a: Timing; b: Timing; floor: Timing; peer?: Timing }> {
  const warmUp = Math.min(10, iterations);
  for (let i = 0; i < warmUp; i++) {
    await a();
    await b();
    await floor();
    await peer?.();
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  const samplesFloor: number[] = [];
  const samplesPeer: number[] = [];
  for (let i = 0; i < iterations; i++) {
    samplesA.push(await timed(a));
    samplesB.push(await timed(b));
    samplesFloor.push(await floor());
    if (peer) samplesPeer.push(await timed(peer));
  }
  return {
    a: summarize(samplesA),
    b: summarize(samplesB),
    floor: summarize(samplesFloor),
    ...(peer ? { peer: summarize(samplesPeer) } : {}),
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Requests per second and latency quantiles of `clients` clients sending back to back. */
export interface Load {
  clients: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * `clients` concurrent clients, each sending its next request when the last one is answered, for
 * `seconds`; a request under way at the end is waited for and counted.
 */
export async function underLoad(
  clients: number,
  seconds: number,
  work: () => Promise<unknown>,
): Promise<Load> {
  const samples: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) samples.push(await timed(work));
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = samples.sort((x, y) => x - y);
  return {
    clients,
    seconds: elapsed,
    requests: samples.length,
    perSecond: samples.length / elapsed,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
  };
}
