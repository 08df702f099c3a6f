import { errorFields, log } from '../observability/log.js';

/** SIGTERM to exit: supervisors (systemd, Docker, Kubernetes) wait about this long before SIGKILL. */
export const STOP_DEADLINE_MS = 4500;

/**
 * On SIGTERM or SIGINT: run `stop` (drain requests, close the database) and exit 0; if it has not
 * finished by the deadline, exit 1 anyway — a stop that hangs is worse than one that cuts a
 * request short.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // The same signal often arrives twice (tsx relays it to its child; systemd signals the
      // whole group): the stop under way, bounded by the deadline, is the answer to both.
      if (stopping) return;
      stopping = true;
      const started = performance.now();
      log('info', 'server.stopping', { signal, message: 'stopping…' });
      setTimeout(() => {
        log('error', 'server.stop_timeout', { ms: STOP_DEADLINE_MS });
        process.exit(1);
      }, STOP_DEADLINE_MS).unref();
      stop().then(
        () => {
          log('info', 'server.stopped', { ms: Math.round(performance.now() - started) });
          process.exit(0);
        },
        (error: unknown) => {
          log('error', 'server.stop_failed', errorFields(error, true));
          process.exit(1);
        },
      );
    });
  }
}
