/**
 * One writer per data directory. `<dir>/lock` holds the owning process id; node has no flock(2),
 * so liveness is checked with signal 0 instead, which also lets a restarted process take over the
 * lock of one that was SIGKILLed. Directories open in this process are tracked separately.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StorageError } from '@sensorpath/storage';

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
  let owner = Number.NaN;
  try {
    owner = Number(fs.readFileSync(file, 'utf8').trim());
  } catch {}
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  if (openDirs.has(abs) || (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner))) {
    throw new StorageError(
      'TSDB_LOCKED',
      `the TSDB in ${abs} is already open${openDirs.has(abs) ? ' in this process' : ` by process ${owner}`}; close it first (one writer per data directory)`,
      { context: { dir: abs, owner } },
    );
  }
  fs.writeFileSync(file, `${process.pid}\n`);
  openDirs.add(abs);
}

export function unlockDir(dir: string): void {
  const abs = path.resolve(dir);
  openDirs.delete(abs);
  fs.rmSync(path.join(abs, 'lock'), { force: true });
}
