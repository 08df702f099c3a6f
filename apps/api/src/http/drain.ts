import type { Server } from 'node:http';

/**
 * Graceful stop for an HTTP server: stop accepting, let the requests in flight finish (keep-alive
 * connections are told to close after their answer), and after `graceMs` cut whatever is left,
 * because clients that keep a connection open would otherwise hold the process forever.
 */
export function drainOnClose(server: Server) {
  let inFlight = 0;
  let closing = false;
  let settled: (() => void) | null = null;

  server.on('request', (_req, res) => {
    inFlight++;
    if (closing && !res.headersSent) res.setHeader('connection', 'close');
    res.on('close', () => {
      inFlight--;
      if (closing && inFlight === 0) settled?.();
    });
  });

  return {
    get inFlight() {
      return inFlight;
    },
    async close(graceMs: number): Promise<{ cut: number }> {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          settled = resolve;
          timer = setTimeout(resolve, graceMs);
        });
      }
      clearTimeout(timer);
      const cut = inFlight;
      server.closeAllConnections();
      await stopped;
      return { cut };
    },
  };
}
