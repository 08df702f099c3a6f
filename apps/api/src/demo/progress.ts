/** A one-line progress bar on stderr (a plain line per 10% when stderr is not a terminal). */
export class Progress {
  private started = Date.now();
  private lastReported = -1;

  constructor(
    private label: string,
    private total: number,
  ) {}

  update(done: number): void {
    const ratio = this.total ? Math.min(1, done / this.total) : 1;
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = done / Math.max(elapsed, 0.001);
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    const line = `${this.label}: ${done}/${this.total} (${(ratio * 100).toFixed(0)}%) ${rate.toFixed(0)}/s, ~${eta.toFixed(0)} s left`;
    if (process.stderr.isTTY) {
      const width = 30;
      const bar = '#'.repeat(Math.round(ratio * width)).padEnd(width, '.');
      process.stderr.write(`\r[${bar}] ${line}`);
    } else {
      const decile = Math.floor(ratio * 10);
      if (decile !== this.lastReported) {
        this.lastReported = decile;
        process.stderr.write(`${line}\n`);
      }
    }
  }

  done(summary: string): void {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    process.stderr.write(
      `${process.stderr.isTTY ? '\n' : ''}${this.label}: done, ${summary} in ${seconds} s\n`,
    );
  }
}
