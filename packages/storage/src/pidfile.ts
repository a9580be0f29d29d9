/**
 * One writer per directory, by pid file. Node has no flock(2), so liveness is checked with signal 0,
 * which also lets a restarted process take over the file of one that was SIGKILLed. Used by the
 * TSDB's data directory, the remote_write queue and the external-broker receiver; each keeps its own
 * error and its own release rule.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Whether a process with this pid exists (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims `file` for this process: returns the pid of another live process that holds it (and
 * leaves the file alone), or 0 after writing this process' pid into it. A missing, unreadable or
 * stale file (its process is gone) is taken over.
 */
export function claimPidFile(file: string): number {
  let owner = Number.NaN;
  try {
    owner = Number(readFileSync(file, 'utf8').trim());
  } catch {
    // Nobody has claimed it yet.
  }
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processAlive(owner)) return owner;
  writeFileSync(file, `${process.pid}\n`);
  return 0;
}
