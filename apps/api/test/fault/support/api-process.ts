import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/*
 * The API as operators run it: a real child process (`node --import tsx src/main.ts`, what
 * `pnpm start` runs, without a wrapper process between the signal and the server), on a port of
 * its own, with its JSON log lines collected for the test to read.
 */

const apiDir = fileURLToPath(new URL('../../../', import.meta.url));

export const FAULT_DATA_KEY = Buffer.alloc(32, 42).toString('base64');
export const FAULT_ADMIN_PASSWORD = 'bangfu-fault-admin';

export interface ApiProcess {
  url: string;
  pid: number;
  logs: string[];
  errors: string[];
  /** Settles when the process exits, with its exit code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  /** Resident memory now, and its peak since the last `resetPeakMemory` (bytes, from /proc). */
  memory(): { rss: number; peak: number };
  resetPeakMemory(): void;
  signal(signal: NodeJS.Signals): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function statusField(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  return Number(kb) * 1024;
}

/** Starts the API and resolves once /healthz answers 200. */
export async function startApi(
  env: { DATABASE_URL?: string; BANGFU_DATA_DIR?: string },
  options: { demoArchives?: number } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const inherited = { ...process.env };
  for (const key of Object.keys(inherited)) if (key.startsWith('BANGFU_')) delete inherited[key];
  delete inherited.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...inherited,
      ...env,
      PORT: String(port),
      BANGFU_DEMO: '1',
      BANGFU_DEMO_ARCHIVES: String(options.demoArchives ?? 0),
      BANGFU_DATA_KEY: FAULT_DATA_KEY,
      BANGFU_ADMIN_PASSWORD: FAULT_ADMIN_PASSWORD,
      BANGFU_LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // stdout is the JSON log; stderr carries only the demo seeding's progress bar (and crashes).
  const logs: string[] = [];
  const errors: string[] = [];
  const collector = (into: string[]) => {
    let partial = '';
    return (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      into.push(...lines.filter(Boolean));
    };
  };
  child.stdout!.on('data', collector(logs));
  child.stderr!.on('data', collector(errors));
  let exitedWith: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve((exitedWith = { code, signal }))),
  );
  const url = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    url,
    pid: child.pid!,
    logs,
    errors,
    exited,
    alive: () => exitedWith === null,
    memory: () => ({
      rss: statusField(child.pid!, 'VmRSS'),
      peak: statusField(child.pid!, 'VmHWM'),
    }),
    // Writing 5 to clear_refs resets the peak resident size the kernel keeps (VmHWM).
    resetPeakMemory: () => writeFileSync(`/proc/${child.pid}/clear_refs`, '5'),
    signal: (signal) => void child.kill(signal),
  };
  await waitForHealth(api, 200);
  return api;
}

/** Polls /healthz until it answers `status` (the process must stay up meanwhile). */
export async function waitForHealth(api: ApiProcess, status: number): Promise<void> {
  for (;;) {
    if (!api.alive()) {
      const last = [...api.logs.slice(-10), ...api.errors.slice(-20)].join('\n');
      throw new Error(`the API exited while starting:\n${last}`);
    }
    const answered = await fetch(`${api.url}/healthz`)
      .then((r) => r.status)
      .catch(() => 0);
    if (answered === status) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops the API if it still runs (after a failed test); kills it if it does not stop. */
export async function endApi(api: ApiProcess | undefined): Promise<void> {
  if (!api?.alive()) return;
  api.signal('SIGTERM');
  const stopped = await Promise.race([
    api.exited.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
  ]);
  if (!stopped) api.signal('SIGKILL');
  await api.exited;
}
