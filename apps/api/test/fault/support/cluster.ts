import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import postgres from 'postgres';

const run = promisify(execFile);

/*
 * The fault suite's own PostgreSQL cluster (pg_createcluster, on a free port), which it stops,
 * restarts and drops at will — never the shared server on 5432. Created once per run by the
 * suite's global setup and dropped by its teardown, whatever the tests did to it.
 */

export interface ClusterRef {
  version: string;
  name: string;
  port: number;
}

const PREFIX = 'bangfu_fault_';

function newestVersion(): string {
  const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v));
  if (!versions.length) throw new Error('PostgreSQL server binaries are not installed');
  return versions.sort((a, b) => Number(b) - Number(a))[0]!;
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

const ctl = (ref: ClusterRef, ...args: string[]) =>
  run('pg_ctlcluster', ['--skip-systemctl-redirect', ref.version, ref.name, ...args]);

/** Clusters a killed run left behind (their creator's pid is gone) are dropped first. */
async function dropLeftovers(version: string) {
  const { stdout } = await run('pg_lsclusters', ['--no-header']);
  for (const line of stdout.split('\n')) {
    const [v, name] = line.trim().split(/\s+/);
    if (v !== version || !name?.startsWith(PREFIX)) continue;
    const pid = Number(name.slice(PREFIX.length));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      // gone
    }
    if (!alive) await run('pg_dropcluster', ['--stop', version, name]).catch(() => {});
  }
}

export async function createCluster(): Promise<ClusterRef> {
  const version = newestVersion();
  await dropLeftovers(version);
  const ref = { version, name: `${PREFIX}${process.pid}`, port: await freePort() };
  // pg_createcluster runs initdb as the postgres OS user (initdb refuses root).
  await run('pg_createcluster', [
    version,
    ref.name,
    '-p',
    String(ref.port),
    '--start-conf=manual',
    '--',
    '--auth=trust',
    '--no-sync',
  ]);
  try {
    await startCluster(ref);
  } catch (error) {
    await dropCluster(ref);
    throw error;
  }
  return ref;
}

export async function dropCluster(ref: ClusterRef): Promise<void> {
  await run('pg_dropcluster', ['--stop', ref.version, ref.name]);
}

export async function clusterIsOnline(ref: ClusterRef): Promise<boolean> {
  const { stdout } = await run('pg_lsclusters', ['--no-header', ref.version, ref.name]);
  return /\bonline\b/.test(stdout);
}

export async function startCluster(ref: ClusterRef): Promise<void> {
  if (!(await clusterIsOnline(ref))) await ctl(ref, 'start');
}

/** `fast`: active sessions are cut, as in a restart for maintenance or a failover. */
export async function stopCluster(ref: ClusterRef): Promise<void> {
  await ctl(ref, 'stop', '-m', 'fast');
}

export async function restartCluster(ref: ClusterRef): Promise<void> {
  await ctl(ref, 'restart', '-m', 'fast');
}

export const clusterUrl = (ref: ClusterRef, database = 'postgres') =>
  `postgres://postgres@127.0.0.1:${ref.port}/${database}`;

/** A fresh database on the cluster for one test file; the returned function drops it. */
export async function freshDatabase(ref: ClusterRef, name: string) {
  const admin = postgres(clusterUrl(ref), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  return clusterUrl(ref, name);
}
