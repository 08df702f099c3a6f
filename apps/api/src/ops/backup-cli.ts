import { resolve } from 'node:path';
import { readConfig } from '../config.js';
import { backupDataDir, restoreDataDir } from './backup.js';

/*
 * `pnpm backup [file]` writes the embedded database (BANGFU_DATA_DIR) to a .tar.gz;
 * `pnpm restore <file> [dir]` restores one into an empty directory (default BANGFU_DATA_DIR).
 * Stop the server first. The data key is not in the backup: keep BANGFU_DATA_KEY with it.
 */
const [command, ...args] = process.argv.slice(2);
const config = readConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
if (command === 'backup') {
  const file = resolve(process.env.INIT_CWD ?? '.', args[0] ?? `bangfu-backup-${stamp}.tar.gz`);
  const bytes = await backupDataDir(config.dataDir, file);
  console.info(`backup of ${config.dataDir}: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
} else if (command === 'restore' && args[0]) {
  const file = resolve(process.env.INIT_CWD ?? '.', args[0]);
  const dir = args[1] ? resolve(process.env.INIT_CWD ?? '.', args[1]) : config.dataDir;
  await restoreDataDir(file, dir);
  console.info(`restored ${file} into ${dir}`);
} else {
  console.error('usage: pnpm backup [file.tar.gz] | pnpm restore <file.tar.gz> [data dir]');
  process.exit(2);
}
