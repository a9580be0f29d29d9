/**
 * `sensorpath forecast train --url … --json` in process against a real server on a short
 * backfill (3 hours, one quick epoch): the last line on stdout is the JSON report with, per target
 * and horizon, the MAE of the LSTM and every baseline; the model directory holds what `run` needs.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { backfillMachine, DEFAULT_MACHINE_PATH } from '@sensorpath/forecast';
import { parseSensorPath } from '@sensorpath/protocol';
import { type ServerHandle, startServer } from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { freePort } from '@sensorpath/simulator';
import { openTSDB } from '@sensorpath/tsdb';
import { pino } from 'pino';
import { run } from './forecast.ts';

const END = Date.UTC(2026, 10, 18, 12, 0);
let dir: string;
let srv: ServerHandle;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sp-cli-forecast-'));
  const db = await openTSDB(join(dir, 'data', 'tenants', 'acme'), { fsync: 'never', logger: () => {} });
  await backfillMachine(db, {
    path: parseSensorPath(DEFAULT_MACHINE_PATH),
    startMs: END - 3 * 3_600_000,
    endMs: END,
  });
  await db.close();
  srv = await startServer({
    dataDir: join(dir, 'data'),
    http: { host: '127.0.0.1', port: await freePort() },
    mqtt: { host: '127.0.0.1', port: await freePort() },
    logger: pino({ level: 'silent' }),
    openStorage: (_t, d) => openTSDB(d, { logger: () => {} }),
    promApi: ({ queryable }) => createPromApi({ queryable }),
  });
});

after(async () => {
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

function capture(): { out: () => string; restore: () => void } {
  let out = '';
  const w = process.stdout.write;
  const e = process.stderr.write;
  process.stdout.write = ((s: string) => {
    out += s;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  return {
    out: () => out,
    restore: () => {
      process.stdout.write = w;
      process.stderr.write = e;
    },
  };
}

test('train --json prints the MAE report as its last output', async () => {
  const out = join(dir, 'model');
  const c = capture();
  let code: number;
  try {
    code = await run([
      'train',
      '--url',
      `http://127.0.0.1:${srv.httpPort}`,
      '--json',
      '--end',
      String(END / 1000),
      '--range',
      '3h',
      '--lookback',
      '5m',
      '--epochs',
      '1',
      '--units',
      '4',
      '--out',
      out,
    ]);
  } finally {
    c.restore();
  }
  assert.equal(code, 0);
  const lines = c.out().trim().split('\n');
  const report = JSON.parse(lines[lines.length - 1]!) as {
    mae: Record<string, Record<string, Record<string, number>>>;
  };
  assert.deepEqual(Object.keys(report.mae), ['power', 'motor_temperature', 'vibration']);
  for (const t of Object.values(report.mae)) {
    assert.deepEqual(Object.keys(t), ['1m', '5m', '15m']);
    for (const h of Object.values(t)) {
      for (const m of ['lstm', 'persistence', 'linear_trend', 'moving_average'])
        assert.ok(Number.isFinite(h[m]), m);
      assert.ok('seasonal_naive' in h, 'reported even when three hours hold no "same time yesterday"');
    }
  }
  for (const f of ['model.json', 'weights.bin', 'forecast.json', 'report.json', 'forecast.svg'])
    assert.ok(existsSync(join(out, f)), f);
});

test('usage errors name the flag', async () => {
  await assert.rejects(run(['train', '--lookback', '90s']), /--lookback 90s/);
  await assert.rejects(run(['train', '--target', 'nope']), /NAME=PROMQL/);
  await assert.rejects(run(['bogus']), /unknown subcommand/);
});
