/** Latencies of one kind of request, and what they add up to. */
export interface Timing {
  median: number;
  p95: number;
  /** Requests per second, one client sending them back to back. */
  throughput: number;
  /** SQL statements the request sent (GraphQL side only). */
  statements?: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const total = samples.reduce((n, s) => n + s, 0);
  return { median: at(0.5), p95: at(0.95), throughput: (1000 * samples.length) / total };
}

/**
 * Runs two ways of doing the same work alternately (a, b, a, b …) after a warm-up, so that both
 * see the same cache and the same background noise: only their ratio is meaningful (±20 % noise
 * on this machine, docs/performance.md).
 */
export async function compare(
  iterations: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<{ a: Timing; b: Timing }> {
  const warmUp = Math.min(10, iterations);
  for (let i = 0; i < warmUp; i++) {
    await a();
    await b();
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < iterations; i++) {
    samplesA.push(await timed(a));
    samplesB.push(await timed(b));
  }
  return { a: summarize(samplesA), b: summarize(samplesB) };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
