import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'bangfu.pid';
/** Directories this process holds (the pid file cannot tell two holders in one process apart). */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims PGlite's data directory for this process: a second server (or a backup) on the same
 * directory would corrupt it. A lock whose process is gone (killed with -9) is taken over, so the
 * directory always reopens. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const holder = held.has(file) ? process.pid : Number.parseInt(readFileOr(file), 10);
  if (Number.isInteger(holder) && (held.has(file) || (holder !== process.pid && alive(holder)))) {
    throw new Error(
      `数据目录 ${dataDir} 正由进程 ${holder} 使用；请先停止它。The data directory is in use by process ${holder}.`,
    );
  }
  writeFileSync(file, `${process.pid}\n`);
  held.add(file);
  return () => {
    held.delete(file);
    if (Number.parseInt(readFileOr(file), 10) === process.pid) rmSync(file, { force: true });
  };
}

function readFileOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
