/** Timings and outcomes per operation, and the table `pnpm load` prints. */
export class Recorder {
  private times = new Map<string, number[]>();
  private outcomes = new Map<string, number>();
  total = 0;

  time(op: string, ms: number, status: number, code?: string) {
    if (op === 'setup') return;
    this.total++;
    const list = this.times.get(op) ?? [];
    list.push(ms);
    this.times.set(op, list);
    if (status !== 200 || code) this.note(op, `${status || 'network'} ${code ?? ''}`.trim());
  }

  /** An answer that is not a plain success: an expected refusal or an error. */
  note(op: string, kind: string) {
    const key = `${op}: ${kind}`;
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
  }

  internalErrors(): number {
    let n = 0;
    for (const [key, count] of this.outcomes)
      if (/: (5\d\d|network)|INTERNAL_SERVER_ERROR|NETWORK/.test(key)) n += count;
    return n;
  }

  report(seconds: number, users: number): string {
    const pct = (sorted: number[], p: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
    const lines = [
      `${users} users, ${seconds.toFixed(0)} s, ${this.total} requests, ${(this.total / seconds).toFixed(0)} requests/s`,
      '',
      '| operation | requests | req/s | p50 ms | p95 ms | p99 ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const [op, list] of [...this.times].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...list].sort((a, b) => a - b);
      lines.push(
        `| ${op} | ${list.length} | ${(list.length / seconds).toFixed(1)} | ${pct(sorted, 50).toFixed(0)} | ${pct(sorted, 95).toFixed(0)} | ${pct(sorted, 99).toFixed(0)} |`,
      );
    }
    lines.push('', 'answers other than success, by kind:');
    if (!this.outcomes.size) lines.push('  none');
    for (const [key, count] of [...this.outcomes].sort()) lines.push(`  ${key}: ${count}`);
    return lines.join('\n');
  }
}
