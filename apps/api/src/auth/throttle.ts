/**
 * Login throttling: after 5 failures for one username, or 20 from one address, within 15 minutes,
 * further attempts are refused until the window passes. Kept in memory: one server process.
 */
const WINDOW_MS = 15 * 60_000;
const LIMITS = { user: 5, address: 20 } as const;

export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - WINDOW_MS;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  isBlocked(username: string, address: string): boolean {
    return (
      this.recent(`u:${username}`).length >= LIMITS.user ||
      this.recent(`a:${address}`).length >= LIMITS.address
    );
  }

  recordFailure(username: string, address: string): void {
    for (const key of [`u:${username}`, `a:${address}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(`u:${username}`);
  }
}
