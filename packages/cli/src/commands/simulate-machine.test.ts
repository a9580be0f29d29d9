/**
 * `sensorpath simulate machine` in process: a short backfill lands in DIR/tenants/<enterprise>/
 * with the server's labels, and bad flags are usage errors.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { newMatcher } from '@sensorpath/storage';
import { openTSDB } from '@sensorpath/tsdb';
import { UsageError } from '../args.ts';
import { run } from './simulate-machine.ts';

test('--backfill 2h --data DIR writes the machine history under the tenant directory', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-sim-machine-'));
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((s: string) => {
    out += s;
    return true;
  }) as typeof process.stdout.write;
  try {
    assert.equal(await run(['--backfill', '2h', '--data', dir, '--path', 'acme/b/c/d/m1']), 0);
  } finally {
    process.stdout.write = write;
  }
  try {
    assert.match(out, /backfilled 13699 samples in 19 series/);
    const db = await openTSDB(join(dir, 'tenants', 'acme'), { logger: () => {} });
    const q = await db.querier(0, Date.now() + 60_000);
    const s = await q.select(true, undefined, [
      newMatcher('=', '__name__', 'machine_motor_temperature_celsius'),
    ]);
    assert.equal(s.length, 1);
    const labels = Object.fromEntries(s[0]!.labels.map((l) => [l.name, l.value]));
    assert.deepEqual(labels, {
      __name__: 'machine_motor_temperature_celsius',
      area: 'c',
      device: 'm1',
      enterprise: 'acme',
      line: 'd',
      site: 'b',
    });
    await q.close();
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors: nothing to do, backfill without data, bad interval', async () => {
  await assert.rejects(run([]), UsageError);
  await assert.rejects(run(['--backfill', '1h']), UsageError);
  await assert.rejects(run(['--broker', 'mqtt://x', '--interval', '7s']), UsageError);
});
