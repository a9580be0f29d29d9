/**
 * One writer per data directory: `<dir>/lock` is a pid file (`claimPidFile`), so a restarted
 * process takes over the lock of one that was SIGKILLed. Directories open in this process are
 * tracked separately.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { claimPidFile, StorageError } from '@sensorpath/storage';

/** Directories this process has open. */
const openDirs = new Set<string>();

/**
 * Takes the data directory's lock: `<dir>/lock` holds the owner's pid. A lock left by a process that
 * no longer exists (SIGKILL, power loss) is taken over; a live owner is an error, because two
 * writers would interleave WAL segments and blocks.
 */
export function lockDir(dir: string): void {
  const abs = path.resolve(dir);
  const file = path.join(abs, 'lock');
  const here = openDirs.has(abs);
  const owner = here ? process.pid : claimPidFile(file);
  if (owner !== 0) {
    throw new StorageError(
      'TSDB_LOCKED',
      `the TSDB in ${abs} is already open${here ? ' in this process' : ` by process ${owner}`}; close it first (one writer per data directory)`,
      { context: { dir: abs, owner } },
    );
  }
  openDirs.add(abs);
}

export function unlockDir(dir: string): void {
  const abs = path.resolve(dir);
  openDirs.delete(abs);
  fs.rmSync(path.join(abs, 'lock'), { force: true });
}
