import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/*
 * One real API server for the whole browser suite: apps/api/src/main.ts on a free port, with a
 * fresh embedded PGlite folder (demo data is seeded on its first start) and the console built
 * into apps/console/dist, exactly what `pnpm start` serves.
 */

const consoleDir = fileURLToPath(new URL('../../', import.meta.url));
const apiDir = join(consoleDir, '../api');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export default async function setup(project: TestProject) {
  // Against a server already running (e.g. `pnpm dev` of the API): BANGFU_E2E_URL=http://localhost:4000
  if (process.env.BANGFU_E2E_URL) {
    project.provide('baseUrl', process.env.BANGFU_E2E_URL.replace(/\/$/, ''));
    return;
  }
  if (!existsSync(join(consoleDir, 'dist/index.html'))) {
    throw new Error(
      'The console is not built: run `pnpm --filter @bangfu/console build` before the browser tests.',
    );
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bangfu-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BANGFU_DATA_DIR: dataDir,
    PORT: String(port),
    BANGFU_DEMO_ARCHIVES: '50',
  };
  // Always the embedded database, even where CI sets DATABASE_URL for the API's own tests.
  delete env.DATABASE_URL;
  delete env.BANGFU_DEMO;
  delete env.NODE_ENV;
  const started = Date.now();
  const server = spawn(join(apiDir, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`API server did not start in 120 s:\n${output}`)),
      120_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API server exited (${code}) before it was ready:\n${output}`));
    });
  });
  console.info(
    `e2e: API server ready on port ${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('baseUrl', `http://127.0.0.1:${port}`);

  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
