import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { claimPidFile, processAlive } from './pidfile.ts';

describe('claimPidFile', () => {
  it('claims a free or stale file, refuses one a live process holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-pidfile-'));
    const file = join(dir, 'lock');
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      assert.equal(claimPidFile(file), 0);
      assert.equal(readFileSync(file, 'utf8').trim(), String(process.pid));
      assert.equal(claimPidFile(file), 0, 'this process may claim again');
      writeFileSync(file, `${other.pid}\n`);
      assert.equal(processAlive(other.pid!), true);
      assert.equal(claimPidFile(file), other.pid);
      assert.equal(readFileSync(file, 'utf8').trim(), String(other.pid), 'left alone');
      await new Promise<void>((r) => {
        other.once('exit', () => r());
        other.kill('SIGKILL');
      });
      assert.equal(processAlive(other.pid!), false);
      assert.equal(claimPidFile(file), 0, 'a dead owner is taken over');
      writeFileSync(file, 'garbage');
      assert.equal(claimPidFile(file), 0);
    } finally {
      other.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
